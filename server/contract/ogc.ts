/**
 * Query parameters of OGC API - Features Part 1 `/ogc/collections/{id}/items` (zod, at the
 * HTTP boundary). Times are SaniMap's local time (Asia/Shanghai, UTC+8, records.ts); a
 * `datetime` with `Z` or an offset is converted to it.
 */
import { z } from 'zod';
import { isRealDate } from './dates';
import { bboxField, wholeNumberField } from './fields';

/**
 * Largest `limit` one items page takes; larger values are lowered to it, not refused (OGC API -
 * Features Part 1, /req/core/fc-limit-response-1: a limit above the maximum is no error). Items
 * stream out, so a page's size costs the server bandwidth, not memory.
 */
export const OGC_MAX_LIMIT = 10_000;
/**
 * Features a page carries when the request names no `limit` (OGC's example default of 10 would
 * make a client walk 1,100 pages for the demo town's surveys). The OpenAPI document advertises
 * it with the maximum: GDAL 3.8+ pages by min(max(1000, default), maximum), QGIS by them too.
 */
export const OGC_DEFAULT_LIMIT = 5_000;
/**
 * Smallest `limit` a `next` link asks for. A client that asked for fewer features gets what it
 * asked in this page; the pages after it, which only a client reading everything follows, come
 * this many at a time (GDAL before 3.8 asks 10 and then only follows `next`). OGC leaves the
 * form of the next link to the server.
 */
export const OGC_NEXT_PAGE_MIN_LIMIT = OGC_DEFAULT_LIMIT;
/** Largest `offset` (and `limit` before it is lowered): past any collection SaniMap holds, well inside a BIGINT. */
export const OGC_MAX_OFFSET = 1_000_000_000;
/** Offset of SaniMap's stored local times from UTC, in hours (Asia/Shanghai has no DST). */
export const LOCAL_UTC_OFFSET_H = 8;

/** A closed or half-open range of local `YYYY-MM-DDTHH:MM:SS` times; null means open. */
export interface TimeRange {
	start: string | null;
	end: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/;

/** `HH:MM:SS` within a day (RFC 3339 allows a leap second :60). */
const isRealClock = (t: string) => {
	const [h, m, s] = t.split(':').map(Number);
	return h < 24 && m < 60 && s <= 60;
};

/** One RFC 3339 date or date-time as local time; a date alone covers its whole day. */
function toLocal(text: string, edge: 'start' | 'end'): string | null {
	if (DATE.test(text)) {
		return isRealDate(text) ? `${text}T${edge === 'start' ? '00:00:00' : '23:59:59'}` : null;
	}
	const m = DATE_TIME.exec(text);
	if (!m || !isRealDate(m[1]) || !isRealClock(m[2])) return null;
	if (!m[4]) return `${m[1]}T${m[2]}`;
	const t = Date.parse(`${m[1]}T${m[2]}${m[4].toUpperCase()}`);
	if (Number.isNaN(t)) return null;
	return new Date(t + LOCAL_UTC_OFFSET_H * 3_600_000).toISOString().slice(0, 19);
}

const datetime = z
	.string()
	.max(100, 'datetime must be an RFC 3339 date or date-time, or an interval like 2024-01-01/..')
	.transform((s, ctx): TimeRange => {
		const parts = s.split('/');
		const bad = () => {
			ctx.addIssue({
				code: 'custom',
				message:
					'datetime must be an RFC 3339 date or date-time, or an interval like 2024-01-01/.. or ../2024-06-30'
			});
			return z.NEVER;
		};
		if (parts.length > 2) return bad();
		const open = (p: string) => p === '..' || p === '';
		if (parts.length === 1) {
			const start = toLocal(parts[0], 'start');
			const end = toLocal(parts[0], 'end');
			return start && end ? { start, end } : bad();
		}
		const start = open(parts[0]) ? null : toLocal(parts[0], 'start');
		const end = open(parts[1]) ? null : toLocal(parts[1], 'end');
		if ((start === null && !open(parts[0])) || (end === null && !open(parts[1]))) return bad();
		if (start === null && end === null) return bad();
		if (start && end && start > end) {
			ctx.addIssue({ code: 'custom', message: 'datetime: the interval starts after it ends' });
			return z.NEVER;
		}
		return { start, end };
	});

const bbox = bboxField(' (CRS84)', true);

const format = z.enum(['json', 'geojson'], {
	message: 'f must be json (SaniMap serves JSON only)'
});

export const ogcItemsQuerySchema = z.strictObject({
	f: format.optional(),
	bbox: bbox.optional(),
	datetime: datetime.optional(),
	limit: z.coerce
		.number({ message: 'limit must be a whole number' })
		.min(1, { message: 'limit must be at least 1', abort: true })
		.max(OGC_MAX_OFFSET, {
			message: `limit must be at most ${OGC_MAX_OFFSET} (a page holds up to ${OGC_MAX_LIMIT})`,
			abort: true
		})
		.int('limit must be a whole number')
		.default(OGC_DEFAULT_LIMIT)
		.transform((n) => Math.min(n, OGC_MAX_LIMIT)),
	offset: wholeNumberField('offset', 0, OGC_MAX_OFFSET).default(0)
});
export type OgcItemsQuery = z.infer<typeof ogcItemsQuerySchema>;

/** Every other OGC resource takes only `f`. */
export const ogcFormatQuerySchema = z.strictObject({ f: format.optional() });
