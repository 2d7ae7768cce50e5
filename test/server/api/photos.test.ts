import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { permissionFor } from '../../../server/contract/permissions';
import type { Database } from '../../../server/db/database';
import { savePhoto, type PhotoRecord } from '../../../server/services/photos';
import { createEmptyStore } from '../../helpers/mini-town';
import { makeJpeg, tempPhotoRoot } from '../../helpers/photos';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

let db: Database;
let root: string;
let remove: () => void;
let photo: PhotoRecord;
beforeEach(async () => {
	db = await createEmptyStore();
	({ root, remove } = tempPhotoRoot());
	photo = await savePhoto(
		await makeJpeg(640, 480, {
			gps: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '22/1 32/1 1234/100',
				GPSLongitudeRef: 'E',
				GPSLongitude: '113/1 56/1 789/100'
			}
		}),
		{ root }
	);
});
afterEach(async () => {
	await db.close();
	remove();
});

const appAs = (role: 'admin' | 'patrol' | 'sprayer' = 'admin'): TestApp =>
	createTestApp({ db, version: 'test', photosDir: root }, { role });

describe('GET /api/photos/:id', () => {
	it.each(['admin', 'patrol', 'sprayer'] as const)(
		'serves the stripped photo and its thumbnail to a signed-in %s',
		async (role) => {
			const app = appAs(role);
			for (const [path, width, height] of [
				[`/api/photos/${photo.id}`, 640, 480],
				[`/api/photos/${photo.id}/thumb`, 320, 240]
			] as const) {
				const res = await app.request(path);
				expect(res.status).toBe(200);
				expect(res.headers.get('content-type')).toBe('image/jpeg');
				expect(res.headers.get('x-content-type-options')).toBe('nosniff');
				expect(res.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
				const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
				expect(meta).toMatchObject({ format: 'jpeg', width, height });
				expect(meta.exif).toBeUndefined();
			}
		}
	);

	it('answers 304 to a browser that has it already', async () => {
		const app = appAs();
		const first = await app.request(`/api/photos/${photo.id}`);
		const again = await app.request(`/api/photos/${photo.id}`, {
			headers: { 'if-none-match': first.headers.get('etag')! }
		});
		expect(again.status).toBe(304);
	});

	it('is never open to anonymous callers (the public notice board shows no photos)', async () => {
		for (const path of [`/api/photos/${photo.id}`, `/api/photos/${photo.id}/thumb`]) {
			expect(permissionFor('GET', path)?.access).not.toBe('anonymous');
			const res = await appAs().request(path, { headers: { authorization: 'Bearer nobody' } });
			expect(res.status).toBe(401);
		}
	});

	it('answers 404 for an id of the right shape that was never saved', async () => {
		const res = await appAs().request('/api/photos/2026-0123456789abcdef0123456789abcdef');
		expect(res.status).toBe(404);
		expect((await res.json()).error.code).toBe('not_found');
	});

	it('answers 404 for every id when the app has no photos folder', async () => {
		const app = createTestApp({ db, version: 'test' });
		expect((await app.request(`/api/photos/${photo.id}`)).status).toBe(404);
	});

	it.each([
		'..%2F..%2F..%2Fetc%2Fpasswd',
		'2026-0123456789abcdef0123456789abcdef.json',
		'2026-..%2F2026%2F0123456789abcdef0123456789abcdef',
		'2026-0123456789ABCDEF0123456789ABCDEF'
	])('refuses the id %s with 400 before it reaches the disk', async (id) => {
		const res = await appAs().request(`/api/photos/${id}`);
		expect(res.status).toBe(400);
		expect((await res.json()).error.message).toMatch(/is not a photo id/);
	});

	it('never serves the sidecar or a file outside the folder by a dotted path', async () => {
		const app = appAs();
		for (const path of [
			`/api/photos/../../package.json`,
			`/api/photos/${photo.id}/../../../README.md`,
			`/api/photos/${photo.id}.json`,
			'/api/photos/%2e%2e/%2e%2e/package.json'
		]) {
			const res = await app.request(path);
			expect([400, 404]).toContain(res.status);
			expect(res.headers.get('content-type')).toMatch(/application\/json/);
		}
	});
});
