import { failed, type Failed } from './import-issue';

/**
 * Cell values as they arrive (CSV text, XLSX numbers/Dates, GeoJSON properties) to typed
 * values. Each parser returns the value or an `{ error }` problem code; blank is null.
 */
export type Parsed<T> = T | null | Failed;

export const isError = (v: unknown): v is Failed =>
	typeof v === 'object' && v !== null && 'error' in v;

/** A blank cell: null, undefined or only white space. */
export function isBlank(v: unknown): boolean {
	return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function parseText(v: unknown): Parsed<string> {
	if (isBlank(v)) return null;
	if (v instanceof Date) return formatDateTime(v).replace('T00:00:00', '');
	return String(v).trim();
}

export function parseNumber(v: unknown): Parsed<number> {
	if (isBlank(v)) return null;
	const n = typeof v === 'number' ? v : Number(String(v).trim().normalize('NFKC'));
	return Number.isFinite(n) ? n : failed('not_number', undefined, v);
}

export function parseInteger(v: unknown): Parsed<number> {
	const n = parseNumber(v);
	if (n === null || isError(n)) return n;
	return Number.isInteger(n) ? n : failed('not_whole_number', undefined, n);
}

/** Separators of a list cell: comma, semicolon (ASCII or full-width), 、 and |. */
export function parseList(v: unknown): Parsed<string[]> {
	if (isBlank(v)) return null;
	return String(v)
		.split(/[,;，；、|]/)
		.map((s) => s.trim())
		.filter(Boolean);
}

const DATE_TEXT =
	/^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:(?:\s+|T)(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?$/;
/** Excel's day 0 is 1899-12-30 (the 1900 leap-year bug folded in). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
/** Serial numbers Excel can show as dates: 1900-01-01 to 9999-12-31. */
const EXCEL_SERIAL_MAX = 2_958_465;
/**
 * Years a date may fall in. Records of sanitation work are from the last century at most and
 * never far ahead; a year like 9999 (a placeholder) once pushed a computed deadline into year
 * 10000, which the database refused with a 500.
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** `YYYY-MM-DDTHH:MM:SS` from the UTC fields (exceljs hands wall-clock times as UTC Dates). */
function formatDateTime(d: Date): string {
	return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/**
 * A local date-time `YYYY-MM-DDTHH:MM:SS` from 2024-05-03, 2024/5/3, 2024.5.3, 2024年5月3日,
 * each optionally followed by ` 09:30` or ` 09:30:15`; from an Excel date cell; or, in a
 * spreadsheet, from a date serial number. Impossible dates (2024-02-30) are refused.
 */
export function parseDateTime(v: unknown, allowSerial = false): Parsed<string> {
	const t = readDateTime(v, allowSerial);
	if (t === null || isError(t)) return t;
	const year = Number(t.slice(0, 4));
	return year >= MIN_YEAR && year <= MAX_YEAR
		? t
		: failed('year_out_of_range', { min: MIN_YEAR, max: MAX_YEAR }, v instanceof Date ? t : v);
}

function readDateTime(v: unknown, allowSerial: boolean): Parsed<string> {
	if (isBlank(v)) return null;
	if (v instanceof Date) {
		return Number.isNaN(v.getTime()) ? failed('date_cell_invalid') : formatDateTime(v);
	}
	if (typeof v === 'number' && allowSerial && v >= 1 && v <= EXCEL_SERIAL_MAX) {
		return formatDateTime(new Date(EXCEL_EPOCH_MS + Math.round(v * 86_400) * 1000));
	}
	const m = DATE_TEXT.exec(String(v).trim());
	if (!m) return failed('not_date', undefined, v);
	const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((x) => x ?? undefined);
	const parts = [y, mo, d, h, mi, s].map(Number);
	const t = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]));
	const valid =
		t.getUTCFullYear() === parts[0] &&
		t.getUTCMonth() === parts[1] - 1 &&
		t.getUTCDate() === parts[2] &&
		parts[3] < 24 &&
		parts[4] < 60 &&
		parts[5] < 60;
	return valid ? formatDateTime(t) : failed('not_calendar_date', undefined, v);
}

/** A calendar date `YYYY-MM-DD`; a time of day, if given, is dropped. */
export function parseDate(v: unknown, allowSerial = false): Parsed<string> {
	const t = parseDateTime(v, allowSerial);
	return t === null || isError(t) ? t : t.slice(0, 10);
}
