import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PHOTO_MAX_BYTES } from '../../../server/domain/photos/photo-limits';
import { AppError } from '../../../server/errors';
import { readPhotoSidecar, savePhoto } from '../../../server/services/photos';
import {
	filesUnder,
	jpegClaiming,
	makeJpeg,
	makePng,
	makeWebp,
	tempPhotoRoot
} from '../../helpers/photos';

let root: string;
let remove: () => void;
beforeEach(() => ({ root, remove } = tempPhotoRoot()));
afterEach(() => remove());

const NOW = new Date(2026, 4, 14, 10, 0, 0);
const refusal = (promise: Promise<unknown>) =>
	promise.then(
		() => expect.unreachable('the photo was taken'),
		(error: AppError) => {
			expect(error).toBeInstanceOf(AppError);
			return { status: error.status, code: error.code, message: error.message };
		}
	);

describe('savePhoto', () => {
	it('keeps the place and time, turns the photo upright and serves it with no EXIF', async () => {
		// Stored 400 × 300 with orientation 6: the phone was held upright, so it shows 300 × 400.
		const jpeg = await makeJpeg(400, 300, {
			orientation: 6,
			gps: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '22/1 32/1 1234/100',
				GPSLongitudeRef: 'E',
				GPSLongitude: '113/1 56/1 789/100'
			},
			exif: { DateTimeOriginal: '2026:05:14 09:32:10', OffsetTimeOriginal: '+08:00' }
		});
		const record = await savePhoto(jpeg, { root, now: NOW });
		expect(record).toMatchObject({
			contentType: 'image/jpeg',
			width: 300,
			height: 400,
			thumbWidth: 240,
			thumbHeight: 320,
			exifLngLat: [113.935525, 22.5367611],
			takenAt: '2026-05-14T09:32:10+08:00',
			originalType: 'jpeg',
			originalBytes: jpeg.byteLength
		});
		expect(record.id).toMatch(/^2026-[0-9a-f]{32}$/);
		expect(filesUnder(root)).toEqual(
			[`2026/${record.id}.jpg`, `2026/${record.id}.json`, `2026/${record.id}_thumb.jpg`].sort()
		);

		const served = readFileSync(join(root, `2026/${record.id}.jpg`));
		const thumb = readFileSync(join(root, `2026/${record.id}_thumb.jpg`));
		expect([served.byteLength, thumb.byteLength]).toEqual([record.bytes, record.thumbBytes]);
		for (const file of [served, thumb]) {
			const meta = await sharp(file).metadata();
			expect(meta.format).toBe('jpeg');
			expect(meta.exif).toBeUndefined();
			expect(meta.xmp).toBeUndefined();
			expect(meta.icc).toBeUndefined();
			expect(meta.orientation).toBeUndefined();
			expect(file.includes('Exif')).toBe(false);
		}
		expect(await sharp(thumb).metadata()).toMatchObject({ width: 240, height: 320 });
		// The stored left half (red) is the top once upright.
		const { data } = await sharp(served).raw().toBuffer({ resolveWithObject: true });
		const topMiddle = (10 * 300 + 150) * 3;
		expect(data[topMiddle]).toBeGreaterThan(200);
		expect(data[topMiddle + 2]).toBeLessThan(60);
		expect(await readPhotoSidecar(root, record.id)).toEqual(record);
	});

	it('takes PNG and WebP, flattening transparency on white, and keeps small photos small', async () => {
		const png = await savePhoto(await makePng(200, 100, true), { root, now: NOW });
		expect(png).toMatchObject({ originalType: 'png', width: 200, height: 100, exifLngLat: null });
		const webp = await savePhoto(await makeWebp(3000, 1500), { root, now: NOW });
		expect(webp).toMatchObject({
			originalType: 'webp',
			width: 2048,
			height: 1024,
			thumbWidth: 320,
			thumbHeight: 160,
			takenAt: null
		});
	});

	it('refuses a file over the size limit with 413 before looking inside', async () => {
		const big = Buffer.alloc(PHOTO_MAX_BYTES + 1);
		big.set([0xff, 0xd8, 0xff]);
		expect(await refusal(savePhoto(big, { root, name: 'big.jpg' }))).toMatchObject({
			status: 413,
			message: expect.stringMatching(/超过 10 MB 的上限.*over the 10 MB limit/)
		});
		expect(
			await refusal(savePhoto(await makeJpeg(100, 100), { root, maxBytes: 100 }))
		).toMatchObject({ status: 413 });
	});

	it('refuses a text file renamed .jpg with 415, in Chinese and English', async () => {
		const text = new TextEncoder().encode('not a photo at all');
		expect(await refusal(savePhoto(text, { root, name: 'notes.jpg' }))).toEqual({
			status: 415,
			code: 'unsupported_photo_type',
			message:
				'文件 "notes.jpg" 不是 JPEG、PNG 或 WebP 图片 (file "notes.jpg" is not a JPEG, PNG or WebP image)'
		});
	});

	it('refuses a decompression bomb from its header, and a photo over a lower pixel limit', async () => {
		for (const side of [60_000, 9_000]) {
			const bomb = await jpegClaiming(side, side);
			expect(bomb.byteLength).toBeLessThan(1000);
			expect(await refusal(savePhoto(bomb, { root, name: 'bomb.jpg' }))).toMatchObject({
				status: 422,
				code: 'photo_too_many_pixels',
				message: expect.stringContaining(`${side}×${side}`)
			});
		}
		expect(
			await refusal(savePhoto(await makeJpeg(200, 200), { root, maxPixels: 100 * 100 }))
		).toMatchObject({ status: 422, code: 'photo_too_many_pixels' });
		expect(filesUnder(root)).toEqual([]);
	});

	it('refuses a cut-off upload as damaged', async () => {
		const jpeg = await makeJpeg(300, 200);
		expect(
			await refusal(savePhoto(jpeg.subarray(0, jpeg.byteLength / 2), { root, name: 'cut.jpg' }))
		).toMatchObject({ status: 422, code: 'photo_unreadable' });
		expect(filesUnder(root)).toEqual([]);
	});
});
