/** Request bodies of the notice inbox (issue 14 督办), checked at the HTTP boundary. */
import { z } from 'zod';

/** `POST /api/notifications/read`: the notices given, or all of mine with `all: true`. */
export const markReadBodySchema = z
	.strictObject({
		ids: z
			.array(
				z
					.number({ message: 'ids[] must be notice numbers' })
					.int('ids[] must be whole numbers')
					.min(1, 'ids[] must be at least 1')
					.max(1e12, 'ids[] is too large')
			)
			.max(500, 'at most 500 ids')
			.optional(),
		all: z.boolean({ message: 'all must be true or false' }).optional()
	})
	.refine((b) => b.all === true || (b.ids?.length ?? 0) > 0, {
		message: 'give ids or all: true'
	});
