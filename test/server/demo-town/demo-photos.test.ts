import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
	DEMO_PHOTO_HEIGHT,
	DEMO_PHOTO_WIDTH,
	demoPhoto
} from '../../../server/demo-town/photos/demo-photo';
import { STREET } from '../../../server/demo-town/photos/street-scene';
import { readExifFacts } from '../../../server/domain/photos/exif-facts';
import { savePhoto } from '../../../server/services/photos';
import { tempPhotoRoot } from '../../helpers/photos';

const LABEL = '案件 C-2026-0042\n2026-05-14 09:32:10';

/** Mean absolute difference per channel over the pavement, above the stamp. */
async function pavementDifference(a: Buffer, b: Buffer): Promise<number> {
	const region = { left: 0, top: STREET.wallBase, width: DEMO_PHOTO_WIDTH, height: 200 };
	const [x, y] = await Promise.all(
		[a, b].map((img) => sharp(img).extract(region).raw().toBuffer())
	);
	let sum = 0;
	for (let i = 0; i < x.length; i++) sum += Math.abs(x[i] - y[i]);
	return sum / x.length;
}

describe('demoPhoto', () => {
	it('draws a decodable JPEG of the demo size, the same for the same arguments', async () => {
		const before = await demoPhoto('before', 7, LABEL);
		expect(await sharp(before).metadata()).toMatchObject({
			format: 'jpeg',
			width: DEMO_PHOTO_WIDTH,
			height: DEMO_PHOTO_HEIGHT
		});
		expect((await demoPhoto('before', 7, LABEL)).equals(before)).toBe(true);
	});

	it('shows rubbish before and a clean pavement after, on the same street', async () => {
		const before = await demoPhoto('before', 7, LABEL);
		const after = await demoPhoto('after', 7, LABEL);
		const otherStreet = await demoPhoto('before', 8, LABEL);
		expect(after.equals(before)).toBe(false);
		// The pile changes the pavement; the wall above is the same street.
		expect(await pavementDifference(before, after)).toBeGreaterThan(3);
		const wall = { left: 0, top: 60, width: DEMO_PHOTO_WIDTH, height: 180 };
		const [w1, w2, w3] = await Promise.all(
			[before, after, otherStreet].map((img) => sharp(img).extract(wall).raw().toBuffer())
		);
		expect(w1.equals(w2)).toBe(true);
		expect(w1.equals(w3)).toBe(false);
	});

	it('writes the phone EXIF it is given, which savePhoto reads and strips', async () => {
		const jpeg = await demoPhoto('before', 3, LABEL, {
			lngLat: [113.935525, 22.5367611],
			takenAt: '2026-05-14T09:32:10'
		});
		const facts = readExifFacts((await sharp(jpeg).metadata()).exif);
		expect(facts.takenAt).toBe('2026-05-14T09:32:10');
		expect(facts.lngLat![0]).toBeCloseTo(113.935525, 5);
		expect(facts.lngLat![1]).toBeCloseTo(22.5367611, 5);
		const { root, remove } = tempPhotoRoot();
		try {
			const record = await savePhoto(jpeg, { root });
			expect(record).toMatchObject({ width: 960, height: 720, thumbWidth: 320, thumbHeight: 240 });
			expect(record.exifLngLat).toEqual(facts.lngLat);
		} finally {
			remove();
		}
	});
});
