import readExif from 'exif-reader';

/** What SaniMap keeps of a photo's EXIF: where and when it was taken. Nothing else is kept. */
export interface ExifFacts {
	/** WGS-84 [lng, lat] from the GPS block, or null when there is none or it cannot be trusted. */
	lngLat: [number, number] | null;
	/**
	 * When the photo was taken, as the camera's clock read it (`2026-05-14T09:32:10`), with the
	 * offset when the camera wrote one (`2026-05-14T09:32:10+08:00`); null when absent.
	 */
	takenAt: string | null;
}

const NO_FACTS: ExifFacts = { lngLat: null, takenAt: null };

/**
 * Reads the EXIF block sharp hands back (`metadata().exif`). A block that does not parse gives
 * no facts rather than refusing the photo: the picture itself is what the case needs.
 */
export function readExifFacts(exif: Uint8Array | undefined): ExifFacts {
	if (!exif || exif.length === 0) return NO_FACTS;
	let parsed: ReturnType<typeof readExif>;
	try {
		parsed = readExif(Buffer.from(exif.buffer, exif.byteOffset, exif.byteLength));
	} catch {
		return NO_FACTS;
	}
	return {
		lngLat: gpsLngLat(parsed.GPSInfo),
		takenAt: takenAt(parsed.Photo?.DateTimeOriginal, parsed.Photo?.OffsetTimeOriginal)
	};
}

interface GpsTags {
	GPSLatitudeRef?: string;
	GPSLatitude?: number[];
	GPSLongitudeRef?: string;
	GPSLongitude?: number[];
	GPSMapDatum?: string;
}

/** Degrees, minutes and seconds as EXIF stores them, to decimal degrees (NaN when malformed). */
export function dmsToDegrees(dms: readonly number[] | undefined): number {
	if (!Array.isArray(dms) || dms.length !== 3 || !dms.every(Number.isFinite)) return NaN;
	const [d, m, s] = dms;
	if (d < 0 || m < 0 || m >= 60 || s < 0 || s >= 60) return NaN;
	return d + m / 60 + s / 3600;
}

/**
 * [lng, lat] in WGS-84, rounded to 1e-7° (about 1 cm). Null without both hemisphere letters,
 * outside ±90/±180, at exactly (0, 0) (what some phones write with no fix), or when the
 * camera names a datum other than WGS-84.
 */
export function gpsLngLat(gps: GpsTags | undefined): [number, number] | null {
	if (!gps) return null;
	if (gps.GPSMapDatum && !/^\s*WGS[\s-]*84/i.test(gps.GPSMapDatum)) return null;
	const latSign = hemisphereSign(gps.GPSLatitudeRef, 'N', 'S');
	const lngSign = hemisphereSign(gps.GPSLongitudeRef, 'E', 'W');
	const lat = latSign * dmsToDegrees(gps.GPSLatitude);
	const lng = lngSign * dmsToDegrees(gps.GPSLongitude);
	if (!Number.isFinite(lat) || !Number.isFinite(lng)) return null;
	if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || (lat === 0 && lng === 0)) return null;
	return [round7(lng), round7(lat)];
}

function hemisphereSign(ref: string | undefined, plus: string, minus: string): number {
	const letter = ref?.trim().toUpperCase();
	if (letter === plus) return 1;
	if (letter === minus) return -1;
	return NaN;
}

const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/** exif-reader reads the camera's wall clock as if it were UTC; the digits are what counts. */
function takenAt(wallClock: Date | undefined, offset: string | undefined): string | null {
	if (!(wallClock instanceof Date) || Number.isNaN(wallClock.getTime())) return null;
	const digits = wallClock.toISOString().slice(0, 19);
	const zone = offset?.trim() ?? '';
	return /^[+-]\d{2}:\d{2}$/.test(zone) ? digits + zone : digits;
}
