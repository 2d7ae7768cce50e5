import type { PhotoType } from '../domain/photos/image-type';
import { newPhotoId, photoFileNames } from '../domain/photos/photo-id';
import { writeFilesAtomically } from './photo-files';
import { processPhoto, type PhotoLimits, type ProcessedPhoto } from './photo-processing';

export { deletePhotos, photoFolderBeside, readPhotoFile, readPhotoSidecar } from './photo-files';
export type { PhotoLimits } from './photo-processing';

/**
 * A saved case photo (issue 14 item 6), as the sidecar `<yyyy>/<id>.json` beside its files
 * holds it. The cases tables link photos by `id`; the files are never in DuckDB.
 */
export interface PhotoRecord {
	id: string;
	/** The served image: always JPEG, upright, EXIF stripped. */
	contentType: 'image/jpeg';
	width: number;
	height: number;
	/** Size of the served file in bytes. */
	bytes: number;
	thumbWidth: number;
	thumbHeight: number;
	thumbBytes: number;
	/** Where the phone's camera said it was (WGS-84 [lng, lat]), for a case with no position. */
	exifLngLat: [number, number] | null;
	/** The camera's clock when the photo was taken (see ExifFacts.takenAt). */
	takenAt: string | null;
	/** What was uploaded: jpeg, png or webp. */
	originalType: PhotoType;
	/** Size of the upload in bytes (the original itself is not kept). */
	originalBytes: number;
	/** When the server saved it (ISO 8601, UTC). */
	uploadedAt: string;
}

export interface SavePhotoOptions extends PhotoLimits {
	/** The photos folder: photoFolderBeside(SANIMAP_DB) in the app, a temporary folder in tests. */
	root: string;
	/** The file name the client sent, quoted in refusals only. */
	name?: string;
	/** The upload time; its local year names the folder. */
	now?: Date;
}

/**
 * Checks, re-encodes and stores one photo: the served JPEG, its thumbnail and the sidecar,
 * each written atomically. Throws the 413/415/422 AppErrors of domain/photos/photo-refusals.
 */
export async function savePhoto(
	bytes: Uint8Array,
	options: SavePhotoOptions
): Promise<PhotoRecord> {
	const processed = await processPhoto(bytes, options.name ?? 'photo', options);
	return storeProcessedPhoto(options.root, processed, bytes.byteLength, options.now ?? new Date());
}

/** Writes a photo processPhoto made: the seam readPhotoParts uses to check all before any write. */
export async function storeProcessedPhoto(
	root: string,
	photo: ProcessedPhoto,
	originalBytes: number,
	now: Date
): Promise<PhotoRecord> {
	const id = newPhotoId(now);
	const record: PhotoRecord = {
		id,
		contentType: 'image/jpeg',
		width: photo.served.width,
		height: photo.served.height,
		bytes: photo.served.data.byteLength,
		thumbWidth: photo.thumb.width,
		thumbHeight: photo.thumb.height,
		thumbBytes: photo.thumb.data.byteLength,
		exifLngLat: photo.exifLngLat,
		takenAt: photo.takenAt,
		originalType: photo.originalType,
		originalBytes,
		uploadedAt: now.toISOString()
	};
	const names = photoFileNames(id);
	await writeFilesAtomically(root, [
		{ path: names.served, data: photo.served.data },
		{ path: names.thumb, data: photo.thumb.data },
		{ path: names.sidecar, data: JSON.stringify(record, null, '\t') + '\n' }
	]);
	return record;
}
