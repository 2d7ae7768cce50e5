import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../errors';
import { photoFormBodyLimit } from '../../middleware/photo-form-body-limit';
import type { AuthEnv } from './auth-env';
import { isMultipart } from './case-forms';

/** Multipart needs the photos folder; an app without one (API tests) refuses photo forms. */
export function photoRoot(root: string | null): string {
	if (root === null) throw new AppError(503, 'no_photo_store', '照片存储未配置 (no photo store)');
	return root;
}

/**
 * A multipart request is answered here, under photoFormBodyLimit(); a JSON one goes on to the
 * route's zod validator and handler.
 */
export function formRoute(
	answer: (c: Context<AuthEnv>) => Promise<Response>
): MiddlewareHandler<AuthEnv> {
	const limit = photoFormBodyLimit();
	return async (c, next) => {
		if (!isMultipart(c)) return next();
		let res: Response | undefined;
		await limit(c, async () => {
			res = await answer(c);
		});
		return res ?? c.res;
	};
}
