/**
 * Field builders every request schema shares, so a parameter is checked and worded the same
 * on every endpoint.
 */
import { z } from 'zod';
import { H3_RESOLUTIONS } from '$geo/h3-cells';
import { isoDate } from './dates';
import { PESTS } from './records';

export const pestField = z.enum(PESTS, { message: `pest must be one of ${PESTS.join(', ')}` });

export const EXPORT_LANGS = ['zh-CN', 'en'] as const;

/** The language of an export's headers and labels; Chinese unless asked. */
export const langField = z
	.enum(EXPORT_LANGS, { message: 'lang must be zh-CN or en' })
	.default('zh-CN');

/** A file or response format out of `formats` ("csv or xlsx"; "one of a, b, c" beyond two). */
export function formatField<const T extends readonly [string, ...string[]]>(formats: T) {
	const choices =
		formats.length === 2 ? `${formats[0]} or ${formats[1]}` : `one of ${formats.join(', ')}`;
	return z.enum(formats, { message: `format must be ${choices}` });
}

/** A whole number in `min..max`, from a query string. */
export function wholeNumberField(field: string, min: number, max: number) {
	return z.coerce
		.number({ message: `${field} must be a whole number from ${min} to ${max}` })
		.int(`${field} must be a whole number from ${min} to ${max}`)
		.min(min, `${field} must be from ${min} to ${max}`)
		.max(max, `${field} must be from ${min} to ${max}`);
}

/** An H3 resolution stored on every point (`$geo/h3-cells`); 9 unless asked. */
export const h3ResField = wholeNumberField(
	'res',
	Math.min(...H3_RESOLUTIONS),
	Math.max(...H3_RESOLUTIONS)
).default(9);

/** An optional inclusive date window `from`..`to`; pair it with the from ≤ to refinement. */
export const dateWindowFields = {
	from: isoDate('from').optional(),
	to: isoDate('to').optional()
};

/** from ≤ to when both are given: `schema.refine(isOrderedWindow, UNORDERED_WINDOW)`. */
export const isOrderedWindow = (q: { from?: string; to?: string }) =>
	!q.from || !q.to || q.from <= q.to;

/** The issue `isOrderedWindow` raises, on `from`. */
export const UNORDERED_WINDOW = { message: 'from must not be after to', path: ['from'] };
