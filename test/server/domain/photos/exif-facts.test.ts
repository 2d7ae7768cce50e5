import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import {
	dmsToDegrees,
	gpsLngLat,
	readExifFacts
} from '../../../../server/domain/photos/exif-facts';
import { makeJpeg } from '../../../helpers/photos';

const exifOf = async (jpeg: Buffer) => (await sharp(jpeg).metadata()).exif;

describe('EXIF GPS', () => {
	it('turns degrees, minutes and seconds into decimal degrees', () => {
		// 22° 32′ 12.34″ = 22 + 32/60 + 12.34/3600 = 22 + 0.5333333… + 0.0034277… = 22.5367611…
		expect(dmsToDegrees([22, 32, 12.34])).toBeCloseTo(22.5367611111, 9);
		// 113° 56′ 7.89″ = 113 + 0.9333333… + 0.0021916… = 113.935525
		expect(dmsToDegrees([113, 56, 7.89])).toBeCloseTo(113.935525, 9);
		expect(dmsToDegrees([22, 60, 0])).toBeNaN();
		expect(dmsToDegrees([22, 32])).toBeNaN();
	});

	it('reads the position a phone wrote, north-east of the equator', async () => {
		const jpeg = await makeJpeg(64, 48, {
			gps: {
				GPSLatitudeRef: 'N',
				GPSLatitude: '22/1 32/1 1234/100',
				GPSLongitudeRef: 'E',
				GPSLongitude: '113/1 56/1 789/100',
				GPSMapDatum: 'WGS-84'
			},
			exif: { DateTimeOriginal: '2026:05:14 09:32:10', OffsetTimeOriginal: '+08:00' }
		});
		expect(readExifFacts(await exifOf(jpeg))).toEqual({
			lngLat: [113.935525, 22.5367611],
			takenAt: '2026-05-14T09:32:10+08:00'
		});
	});

	it('signs south and west, and keeps a time with no offset as the camera read it', async () => {
		const jpeg = await makeJpeg(64, 48, {
			gps: {
				GPSLatitudeRef: 'S',
				GPSLatitude: '33/1 51/1 3600/100',
				GPSLongitudeRef: 'W',
				GPSLongitude: '70/1 30/1 0/1'
			},
			exif: { DateTimeOriginal: '2025:12:31 23:59:59' }
		});
		// 33° 51′ 36″ = 33.86; 70° 30′ = 70.5.
		expect(readExifFacts(await exifOf(jpeg))).toEqual({
			lngLat: [-70.5, -33.86],
			takenAt: '2025-12-31T23:59:59'
		});
	});

	it.each([
		['no hemisphere letters', { GPSLatitude: [22, 0, 0], GPSLongitude: [113, 0, 0] }],
		[
			'(0, 0), written by phones with no fix',
			{ GPSLatitudeRef: 'N', GPSLatitude: [0, 0, 0], GPSLongitudeRef: 'E', GPSLongitude: [0, 0, 0] }
		],
		[
			'a latitude past the pole',
			{
				GPSLatitudeRef: 'N',
				GPSLatitude: [91, 0, 0],
				GPSLongitudeRef: 'E',
				GPSLongitude: [1, 0, 0]
			}
		],
		[
			'another datum',
			{
				GPSLatitudeRef: 'N',
				GPSLatitude: [35, 0, 0],
				GPSLongitudeRef: 'E',
				GPSLongitude: [139, 0, 0],
				GPSMapDatum: 'TOKYO'
			}
		]
	])('gives no position for %s', (_name, gps) => {
		expect(gpsLngLat(gps)).toBeNull();
	});

	it('gives no facts for a photo without EXIF or with a broken block', async () => {
		expect(readExifFacts(await exifOf(await makeJpeg(32, 32)))).toEqual({
			lngLat: null,
			takenAt: null
		});
		expect(readExifFacts(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]))).toEqual({
			lngLat: null,
			takenAt: null
		});
	});
});
