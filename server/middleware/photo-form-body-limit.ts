import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { PHOTO_FORM_MAX_BYTES } from '../domain/photos/photo-limits';
import { PayloadTooLargeError } from '../errors';

/**
 * The body limit for a route that takes photos (readPhotoParts): MAX_PHOTOS_PER_REQUEST
 * photos of PHOTO_MAX_BYTES plus the form around them, refused with 413 before the body is
 * read whole. Such a route must also be left out of the app's 1 MiB JSON limit (server/app.ts).
 */
export function photoFormBodyLimit(maxSize = PHOTO_FORM_MAX_BYTES): MiddlewareHandler {
	return bodyLimit({
		maxSize,
		onError: () => {
			throw new PayloadTooLargeError(
				`请求超过 ${maxSize} 字节的上限 (the request is over the limit of ${maxSize} bytes)`,
				{ limit: maxSize }
			);
		}
	});
}
