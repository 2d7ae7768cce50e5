import sharp from 'sharp';
import { createRng } from '../../domain/random/seeded-random';
import { cameraStamp } from './camera-stamp';
import { pileSpot, rubbishPile, wetPatch } from './litter';
import { DEMO_PHOTO_HEIGHT, DEMO_PHOTO_WIDTH, streetScene } from './street-scene';

export { DEMO_PHOTO_HEIGHT, DEMO_PHOTO_WIDTH } from './street-scene';

export type DemoPhotoKind = 'before' | 'after';

/** What the demo's phone would have written into EXIF; omitted, the photo has no EXIF. */
export interface DemoPhotoExif {
	lngLat?: [number, number];
	/** The phone's clock, `2026-05-14T09:32:10`. */
	takenAt?: string;
}

const KIND_LINE: Record<DemoPhotoKind, string> = {
	before: '整改前 BEFORE',
	after: '整改后 AFTER'
};

/**
 * A demo-town site photo drawn without the network (issue 14 item 12): the same street for a
 * seed, with a heap of rubbish bags before and a clean, damp pavement after, and the label
 * (its lines split at `\n`: case id, time) stamped like a field camera. JPEG bytes,
 * DEMO_PHOTO_WIDTH × DEMO_PHOTO_HEIGHT; the same arguments always give the same picture.
 */
export async function demoPhoto(
	kind: DemoPhotoKind,
	seed: number,
	label: string,
	exif: DemoPhotoExif = {}
): Promise<Buffer> {
	const rng = createRng(seed);
	const street = streetScene(rng.fork('street'));
	const spot = pileSpot(rng.fork('spot'));
	const site = kind === 'before' ? rubbishPile(rng.fork('pile'), spot) : wetPatch(spot);
	const stamp = cameraStamp([...label.split('\n'), KIND_LINE[kind]]);
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${DEMO_PHOTO_WIDTH}" height="${DEMO_PHOTO_HEIGHT}" viewBox="0 0 ${DEMO_PHOTO_WIDTH} ${DEMO_PHOTO_HEIGHT}">` +
		street +
		site +
		stamp +
		`</svg>`;
	let image = sharp(Buffer.from(svg)).flatten({ background: '#ffffff' }).jpeg({ quality: 80 });
	const tags = exifTags(exif);
	if (tags) image = image.withExif(tags);
	return image.toBuffer();
}

/** EXIF as libvips takes it: degrees, minutes and hundredths of seconds as rationals. */
function exifTags({ lngLat, takenAt }: DemoPhotoExif) {
	if (!lngLat && !takenAt) return null;
	const dms = (deg: number) => {
		const abs = Math.abs(deg);
		const d = Math.floor(abs);
		const m = Math.floor((abs - d) * 60);
		const s = Math.round(((abs - d) * 60 - m) * 60 * 100);
		return `${d}/1 ${m}/1 ${s}/100`;
	};
	return {
		IFD0: { Make: 'SaniMap demo' },
		...(takenAt && { IFD2: { DateTimeOriginal: takenAt.replace(/-/g, ':').replace('T', ' ') } }),
		...(lngLat && {
			IFD3: {
				GPSLatitudeRef: lngLat[1] >= 0 ? 'N' : 'S',
				GPSLatitude: dms(lngLat[1]),
				GPSLongitudeRef: lngLat[0] >= 0 ? 'E' : 'W',
				GPSLongitude: dms(lngLat[0]),
				GPSMapDatum: 'WGS-84'
			}
		})
	};
}
