/** Checks shared by the pages' URL bindings: a malformed parameter falls back to the default. */

/** A catalogue code as the URL may carry it (`rat.snap_trap`). */
const CODE = /^[a-z0-9_.-]+$/i;
/** A period id of the API (README "Periods"): year, month, season, campaign or date range. */
const PERIOD =
	/^(\d{4}(-\d{2}|-(spring|summer|autumn|winter))?|campaign:[\w.-]+|\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2})$/;

export function codeParam(p: URLSearchParams, key: string): string | null {
	const v = p.get(key);
	return v && CODE.test(v) ? v : null;
}

export function periodParam(p: URLSearchParams, key: string): string | null {
	const v = p.get(key);
	return v && PERIOD.test(v) ? v : null;
}

/** One of `allowed`, or `fallback` when absent or unknown. */
export function oneOf<T extends string>(
	p: URLSearchParams,
	key: string,
	allowed: readonly T[],
	fallback: T
): T {
	const v = p.get(key);
	return (allowed as readonly string[]).includes(v ?? '') ? (v as T) : fallback;
}

/** `value` unless it is the default (defaults are never written). */
export const unlessDefault = <T extends string>(value: T, fallback: T): T | null =>
	value === fallback ? null : value;
