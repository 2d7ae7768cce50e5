/**
 * Field builders every request schema shares, so a parameter is checked and worded the same
 * on every endpoint.
 */
import { z } from 'zod';
import { H3_RESOLUTIONS } from '$geo/h3-resolutions';
import { isoDate } from './dates';
import { PESTS } from './records';

/** Longest name, label or other free text a request may set (a campaign, a method's name). */
export const MAX_NAME_CHARS = 200;
/** Longest id or code a request may name (zones, plans, stops, methods, periods). */
export const MAX_ID_CHARS = 100;
/** Longest note a request may store (a visit's remark). */
export const MAX_NOTE_CHARS = 2_000;

/** Text of at most `max` characters, `field must be at most … characters` beyond. */
export function textField(field: string, max: number) {
	return z
		.string({ message: `${field} must be text` })
		.max(max, `${field} must be at most ${max} characters`);
}

/** A non-empty name of at most MAX_NAME_CHARS, trimmed. */
export const nameField = (field: string) =>
	textField(field, MAX_NAME_CHARS).trim().min(1, `${field} must not be empty`);

/** A non-empty id or code of at most MAX_ID_CHARS. */
export const idField = (field: string, what = 'an id') =>
	z
		.string({ message: `${field} must be ${what}` })
		.min(1, `${field} must be ${what}`)
		.max(MAX_ID_CHARS, `${field} must be at most ${MAX_ID_CHARS} characters`);

/** A number in `min..max` from a JSON body; `field must be from min to max` outside. */
export function numberField(field: string, min: number, max: number, what = 'a number') {
	const range = `${field} must be from ${min} to ${max}`;
	return z
		.number({ message: `${field} must be ${what}` })
		.min(min, min === 0 ? `${field} must not be negative` : range)
		.max(max, range);
}

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
	const whole = `${field} must be a whole number from ${min} to ${max}`;
	return z.coerce
		.number({ message: whole })
		.min(min, {
			message: min === 0 ? `${field} must be 0 or more` : `${field} must be from ${min} to ${max}`,
			abort: true
		})
		.max(max, { message: `${field} must be from ${min} to ${max}`, abort: true })
		.int(whole);
}

/** An H3 resolution stored on every point (`$geo/h3-cells`); 9 unless asked. */
export const h3ResField = wholeNumberField(
	'res',
	Math.min(...H3_RESOLUTIONS),
	Math.max(...H3_RESOLUTIONS)
).default(9);

const BBOX_NUMBER = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?\s*$/;

/**
 * `bbox=west,south,east,north` in WGS-84 degrees; with `sixAllowed` (OGC) also the 3-D
 * `w,s,zmin,e,n,zmax`, whose heights are dropped. Every part must be a written number.
 */
export function bboxField(crs = '', sixAllowed = false) {
	const message = `bbox must be four numbers: west,south,east,north${crs}`;
	return z
		.string({ message })
		.max(200, { message, abort: true })
		.transform((s) => s.split(','))
		.refine(
			(xs) =>
				(xs.length === 4 || (sixAllowed && xs.length === 6)) &&
				xs.every((x) => BBOX_NUMBER.test(x) && Number.isFinite(Number(x))),
			{
				message,
				abort: true
			}
		)
		.transform((xs) => {
			const n = xs.map(Number);
			return (n.length === 6 ? [n[0], n[1], n[3], n[4]] : n) as [number, number, number, number];
		})
		.refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90 && w <= e && s <= n, {
			message: 'bbox must lie within -180..180, -90..90 with west <= east and south <= north'
		});
}

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
