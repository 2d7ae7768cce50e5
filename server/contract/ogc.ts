/**
 * Query parameters of OGC API - Features Part 1 `/ogc/collections/{id}/items` (zod, at the
 * HTTP boundary). Times are SaniMap's local time (Asia/Shanghai, UTC+8, records.ts); a
 * `datetime` with `Z` or an offset is converted to it.
 */
import { z } from 'zod';

/** Largest `limit` one items page takes; larger values are lowered to it (OGC /req/core/fc-limit-response-1). */
export const OGC_MAX_LIMIT = 10_000;
export const OGC_DEFAULT_LIMIT = 10;
/** Offset of SaniMap's stored local times from UTC, in hours (Asia/Shanghai has no DST). */
export const LOCAL_UTC_OFFSET_H = 8;

/** A closed or half-open range of local `YYYY-MM-DDTHH:MM:SS` times; null means open. */
export interface TimeRange {
	start: string | null;
	end: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/;

/** One RFC 3339 date or date-time as local time; a date alone covers its whole day. */
function toLocal(text: string, edge: 'start' | 'end'): string | null {
	if (DATE.test(text)) {
		return Number.isNaN(Date.parse(text))
			? null
			: `${text}T${edge === 'start' ? '00:00:00' : '23:59:59'}`;
	}
	const m = DATE_TIME.exec(text);
	if (!m) return null;
	if (!m[4]) return `${m[1]}T${m[2]}`;
	const t = Date.parse(`${m[1]}T${m[2]}${m[4].toUpperCase()}`);
	if (Number.isNaN(t)) return null;
	return new Date(t + LOCAL_UTC_OFFSET_H * 3_600_000).toISOString().slice(0, 19);
}

const datetime = z.string().transform((s, ctx): TimeRange => {
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

const bbox = z
	.string()
	.transform((s) => s.split(',').map((x) => Number(x.trim())))
	.refine((xs) => (xs.length === 4 || xs.length === 6) && xs.every(Number.isFinite), {
		message: 'bbox must be four numbers: west,south,east,north (CRS84)'
	})
	.transform(
		(xs) =>
			(xs.length === 6 ? [xs[0], xs[1], xs[3], xs[4]] : xs) as [number, number, number, number]
	)
	.refine(([w, s, e, n]) => w >= -180 && e <= 180 && s >= -90 && n <= 90 && w <= e && s <= n, {
		message: 'bbox must lie within -180..180, -90..90 with west <= east and south <= north'
	});

const format = z.enum(['json', 'geojson'], {
	message: 'f must be json (SaniMap serves JSON only)'
});

export const ogcItemsQuerySchema = z.strictObject({
	f: format.optional(),
	bbox: bbox.optional(),
	datetime: datetime.optional(),
	limit: z.coerce
		.number({ message: 'limit must be a whole number' })
		.int('limit must be a whole number')
		.min(1, 'limit must be at least 1')
		.default(OGC_DEFAULT_LIMIT)
		.transform((n) => Math.min(n, OGC_MAX_LIMIT)),
	offset: z.coerce
		.number({ message: 'offset must be a whole number' })
		.int('offset must be a whole number')
		.min(0, 'offset must be 0 or more')
		.default(0)
});
export type OgcItemsQuery = z.infer<typeof ogcItemsQuerySchema>;

/** Every other OGC resource takes only `f`. */
export const ogcFormatQuerySchema = z.strictObject({ f: format.optional() });
