import { z } from 'zod';

/** The years any date in a request may fall in: the records SaniMap keeps, with room. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** True for a real calendar day written `YYYY-MM-DD` (2024-02-30 is not one). */
export function isRealDate(s: string): boolean {
	const t = Date.parse(`${s}T00:00:00Z`);
	return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
}

/** True when the year of a `YYYY-…` text lies in MIN_YEAR..MAX_YEAR. */
export const isInYearRange = (s: string) => {
	const year = Number(s.slice(0, 4));
	return year >= MIN_YEAR && year <= MAX_YEAR;
};

/** A calendar date written `YYYY-MM-DD` in MIN_YEAR..MAX_YEAR; 2024-02-30 is refused, not rolled over. */
export const isoDate = (field: string) =>
	z
		.string({ message: `${field} must be a date written YYYY-MM-DD` })
		.max(10, { message: `${field} must be a date written YYYY-MM-DD`, abort: true })
		.regex(ISO_DATE, { message: `${field} must be a date written YYYY-MM-DD`, abort: true })
		.refine(isRealDate, { message: `${field} is not a real calendar date`, abort: true })
		.refine(isInYearRange, `${field} must be in the years ${MIN_YEAR} to ${MAX_YEAR}`);

/** True for a real local time `YYYY-MM-DDTHH:mm[:ss]` (no 24:00, no 30 February). */
function isRealLocalTime(s: string): boolean {
	const m = LOCAL_TIME.exec(s);
	return (
		!!m && isRealDate(m[1]) && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60
	);
}

/** A local wall-clock time `YYYY-MM-DDTHH:mm[:ss]` (Asia/Shanghai, design.md §3). */
export const localDateTime = (field: string) =>
	z
		.string({ message: `${field} must be a local time written YYYY-MM-DDTHH:mm[:ss]` })
		.max(19, {
			message: `${field} must be a local time written YYYY-MM-DDTHH:mm[:ss]`,
			abort: true
		})
		.regex(LOCAL_TIME, {
			message: `${field} must be a local time written YYYY-MM-DDTHH:mm[:ss]`,
			abort: true
		})
		.refine(isRealLocalTime, {
			message: `${field} is not a real calendar date and time`,
			abort: true
		})
		.refine(isInYearRange, `${field} must be in the years ${MIN_YEAR} to ${MAX_YEAR}`);
