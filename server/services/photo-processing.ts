import sharp, { type Sharp } from 'sharp';
import { readExifFacts } from '../domain/photos/exif-facts';
import { sniffPhotoType, type PhotoType } from '../domain/photos/image-type';
import {
	PHOTO_JPEG_QUALITY,
	PHOTO_MAX_BYTES,
	PHOTO_MAX_PIXELS,
	PHOTO_SERVED_LONG_SIDE,
	PHOTO_THUMB_LONG_SIDE
} from '../domain/photos/photo-limits';
import {
	photoNotAnImage,
	photoTooLarge,
	photoTooManyPixels,
	photoUnreadable
} from '../domain/photos/photo-refusals';

export interface PhotoLimits {
	/** Largest file accepted (413 over it); PHOTO_MAX_BYTES by default. */
	maxBytes?: number;
	/** Largest width × height accepted (422 over it); PHOTO_MAX_PIXELS by default. */
	maxPixels?: number;
}

/** A photo checked and re-encoded in memory, not yet on disk. */
export interface ProcessedPhoto {
	originalType: PhotoType;
	/** The served JPEG: upright, at most PHOTO_SERVED_LONG_SIDE, with no EXIF, XMP or ICC left. */
	served: { data: Buffer; width: number; height: number };
	/** The thumbnail JPEG, at most PHOTO_THUMB_LONG_SIDE on its long side. */
	thumb: { data: Buffer; width: number; height: number };
	exifLngLat: [number, number] | null;
	takenAt: string | null;
}

/**
 * Checks one uploaded file and makes its two JPEGs (issue 14 item 6): size first (413), then
 * the type by its first bytes (415), then the pixel count from the header before anything is
 * decoded (422, against decompression bombs), then decoding, turning upright by the EXIF
 * orientation and re-encoding. sharp writes no metadata unless told to, so what is served
 * carries no EXIF: the location and time are read here and kept apart.
 */
export async function processPhoto(
	bytes: Uint8Array,
	name: string,
	limits: PhotoLimits = {}
): Promise<ProcessedPhoto> {
	const maxBytes = limits.maxBytes ?? PHOTO_MAX_BYTES;
	const maxPixels = limits.maxPixels ?? PHOTO_MAX_PIXELS;
	if (bytes.byteLength > maxBytes) throw photoTooLarge(name, bytes.byteLength, maxBytes);
	const originalType = sniffPhotoType(bytes);
	if (!originalType) throw photoNotAnImage(name);

	// The header only: sharp's own pixel limit would refuse a bomb here before it could be named.
	const header = await sharp(bytes, { limitInputPixels: false })
		.metadata()
		.catch(() => null);
	if (!header || header.format !== originalType) throw photoUnreadable(name);
	const { width, height } = header;
	if (width * height > maxPixels) throw photoTooManyPixels(name, width, height, maxPixels);

	const upright = sharp(bytes, { limitInputPixels: maxPixels })
		.autoOrient()
		.flatten({ background: '#ffffff' });
	try {
		const [served, thumb] = await Promise.all([
			encode(upright.clone(), PHOTO_SERVED_LONG_SIDE),
			encode(upright.clone(), PHOTO_THUMB_LONG_SIDE)
		]);
		const facts = readExifFacts(header.exif);
		return { originalType, served, thumb, exifLngLat: facts.lngLat, takenAt: facts.takenAt };
	} catch {
		throw photoUnreadable(name);
	}
}

async function encode(image: Sharp, longSide: number) {
	const { data, info } = await image
		.resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
		.jpeg({ quality: PHOTO_JPEG_QUALITY })
		.toBuffer({ resolveWithObject: true });
	return { data, width: info.width, height: info.height };
}
