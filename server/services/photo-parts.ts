import { MAX_PHOTOS_PER_REQUEST, PHOTO_MAX_BYTES } from '../domain/photos/photo-limits';
import {
	photoFieldNotAFile,
	photoTooLarge,
	tooFewPhotos,
	tooManyPhotos
} from '../domain/photos/photo-refusals';
import { processPhoto, type ProcessedPhoto } from './photo-processing';
import {
	deletePhotos,
	storeProcessedPhoto,
	type PhotoRecord,
	type SavePhotoOptions
} from './photos';

export interface PhotoPartOptions extends Omit<SavePhotoOptions, 'name'> {
	/** The multipart field the photos come in, repeated once per photo; `photos` by default. */
	field?: string;
	/** Fewest photos the request must carry (422 below); 1 by default, 0 makes them optional. */
	min?: number;
	/** Most photos the request may carry (422 above); MAX_PHOTOS_PER_REQUEST by default. */
	max?: number;
}

/**
 * The upload seam for the cases API (issue 14 item 6): takes the photos of one multipart
 * request (`await c.req.formData()`), checks every one before storing any, then stores them
 * all and returns their records in the order sent. Refusals are AppErrors (413 a file over
 * the limit, 415 not JPEG/PNG/WebP, 422 too many or too few, damaged, too many pixels); on a
 * refusal or a failed write nothing stays on disk. If the caller's own write then fails, it
 * should call deletePhotos(root, records.map((r) => r.id)).
 */
export async function readPhotoParts(
	form: FormData,
	options: PhotoPartOptions
): Promise<PhotoRecord[]> {
	const field = options.field ?? 'photos';
	const min = options.min ?? 1;
	const max = options.max ?? MAX_PHOTOS_PER_REQUEST;
	const maxBytes = options.maxBytes ?? PHOTO_MAX_BYTES;
	const parts = form.getAll(field);
	if (parts.length > max) throw tooManyPhotos(parts.length, max);
	if (parts.length < min) throw tooFewPhotos(parts.length, min);
	const files = parts.map((part) => {
		if (typeof part === 'string') throw photoFieldNotAFile(field);
		return part;
	});
	// Sizes first, from the part headers, so an oversized batch is refused before decoding any.
	for (const file of files) {
		if (file.size > maxBytes) throw photoTooLarge(file.name, file.size, maxBytes);
	}
	// One at a time: a decoded 50-megapixel photo takes 150 MB, and the machine has two cores.
	const processed: Array<{ photo: ProcessedPhoto; bytes: number }> = [];
	for (const file of files) {
		const bytes = new Uint8Array(await file.arrayBuffer());
		processed.push({
			photo: await processPhoto(bytes, file.name, options),
			bytes: bytes.byteLength
		});
	}
	const now = options.now ?? new Date();
	const saved: PhotoRecord[] = [];
	try {
		for (const { photo, bytes } of processed) {
			saved.push(await storeProcessedPhoto(options.root, photo, bytes, now));
		}
	} catch (error) {
		await deletePhotos(
			options.root,
			saved.map((record) => record.id)
		);
		throw error;
	}
	return saved;
}
