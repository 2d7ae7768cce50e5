/**
 * Limits on case photos (issue 14 item 6). One place, so the upload seam, the routes and the
 * README quote the same numbers.
 */

/**
 * Largest photo file accepted, 10 MiB: a 50-megapixel phone JPEG is 8–12 MB at its best
 * quality, a usual 12-megapixel one 2–5 MB. Over it the upload is refused with 413.
 */
export const PHOTO_MAX_BYTES = 10 * 1024 * 1024;

/**
 * Largest photo in pixels (width × height), checked from the header before any decoding:
 * 50 million covers a 48-megapixel phone sensor, while a small file that claims 20,000 ×
 * 20,000 pixels (a decompression bomb, 1.6 GB once decoded) is refused with 422.
 */
export const PHOTO_MAX_PIXELS = 50_000_000;

/** Photos one request may carry (a report, a handling or a verification): more is a 422. */
export const MAX_PHOTOS_PER_REQUEST = 6;

/**
 * Long side of the image served, in pixels: enough to read a shop sign on a phone or a
 * laptop, a tenth of the disk of a full 48-megapixel original. Smaller photos keep their size.
 */
export const PHOTO_SERVED_LONG_SIDE = 2048;

/** Long side of the thumbnail made on upload, for lists and map pop-ups. */
export const PHOTO_THUMB_LONG_SIDE = 320;

/** JPEG quality of the served image and of the thumbnail (mozjpeg, 4:2:0). */
export const PHOTO_JPEG_QUALITY = 82;

/** Room for multipart framing and the small fields around the photos in one request. */
export const PHOTO_FORM_OVERHEAD_BYTES = 256 * 1024;

/** Largest multipart body a route that takes photos should read before refusing with 413. */
export const PHOTO_FORM_MAX_BYTES =
	MAX_PHOTOS_PER_REQUEST * PHOTO_MAX_BYTES + PHOTO_FORM_OVERHEAD_BYTES;
