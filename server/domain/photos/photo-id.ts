/**
 * Photo ids: the year of upload, a dash and 32 hex digits (`2026-0f3c…`). The year names the
 * folder the files sit in, so an id alone finds them; the shape check is the only thing that
 * stands between a request path and the disk, so nothing but this shape ever reaches a path.
 */
export const PHOTO_ID_PATTERN = /^(\d{4})-([0-9a-f]{32})$/;

export type PhotoVariant = 'served' | 'thumb';

export function isPhotoId(id: string): boolean {
	return PHOTO_ID_PATTERN.test(id);
}

/** A new id in the year of `now` (the server's local calendar). */
export function newPhotoId(now: Date): string {
	return `${String(now.getFullYear()).padStart(4, '0')}-${crypto.randomUUID().replaceAll('-', '')}`;
}

/**
 * The files of a photo relative to the photos folder: `<yyyy>/<id>.jpg`, `<yyyy>/<id>_thumb.jpg`
 * and the metadata sidecar `<yyyy>/<id>.json`. Throws on an id of another shape.
 */
export function photoFileNames(id: string): {
	folder: string;
	served: string;
	thumb: string;
	sidecar: string;
} {
	const m = PHOTO_ID_PATTERN.exec(id);
	if (!m) throw new Error(`not a photo id: ${JSON.stringify(id.slice(0, 60))}`);
	const folder = m[1];
	return {
		folder,
		served: `${folder}/${id}.jpg`,
		thumb: `${folder}/${id}_thumb.jpg`,
		sidecar: `${folder}/${id}.json`
	};
}
