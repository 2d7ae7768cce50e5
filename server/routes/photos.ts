import { Hono, type Context } from 'hono';
import { quoteValue } from '../contract/quote';
import { isPhotoId, type PhotoVariant } from '../domain/photos/photo-id';
import { BadRequestError, NotFoundError } from '../errors';
import { readPhotoFile } from '../services/photos';

/**
 * A photo never changes once saved (a new one gets a new id), so a browser may keep it for a
 * year; `private` keeps shared caches from holding what only signed-in users may see.
 */
const PHOTO_CACHE_CONTROL = 'private, max-age=31536000, immutable';

/**
 * `GET /api/photos/:id` and `/api/photos/:id/thumb` (issue 14 item 6): the stored JPEG, EXIF
 * already stripped. `root` is the photos folder; without one (API tests that upload none)
 * every id is unknown. Only ids of the one shape reach the disk (domain/photos/photo-id.ts).
 */
export function createPhotoRoutes(root: string | null) {
	const serve = async (c: Context, variant: PhotoVariant) => {
		const id = c.req.param('id') ?? '';
		if (!isPhotoId(id)) {
			throw new BadRequestError(`${quoteValue(id)} is not a photo id (yyyy- and 32 hex digits)`);
		}
		const etag = `"${id}${variant === 'thumb' ? '-thumb' : ''}"`;
		const bytes = root === null ? null : await readPhotoFile(root, id, variant);
		if (!bytes) throw new NotFoundError(`照片不存在 (no photo ${quoteValue(id)})`);
		const headers = {
			'cache-control': PHOTO_CACHE_CONTROL,
			etag,
			'x-content-type-options': 'nosniff'
		};
		if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
		return c.body(new Uint8Array(bytes), 200, {
			...headers,
			'content-type': 'image/jpeg',
			'content-disposition': `inline; filename="${id}${variant === 'thumb' ? '_thumb' : ''}.jpg"`
		});
	};
	return new Hono()
		.get('/:id', (c) => serve(c, 'served'))
		.get('/:id/thumb', (c) => serve(c, 'thumb'));
}
