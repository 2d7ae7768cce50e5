/**
 * Dates as whole day numbers and times as whole minutes since 1970-01-01, local town time
 * (Asia/Shanghai) without offsets. Only UTC arithmetic is used, so results never depend on
 * the machine's time zone or clock.
 */
export const FIRST_YEAR = 2023;
export const LAST_YEAR = 2025;
export const YEARS: readonly number[] = [2023, 2024, 2025];
const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, day: number): number {
	return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function partsOf(day: number): {
	year: number;
	month: number;
	day: number;
	weekday: number;
} {
	const d = new Date(day * MS_PER_DAY);
	return {
		year: d.getUTCFullYear(),
		month: d.getUTCMonth() + 1,
		day: d.getUTCDate(),
		weekday: d.getUTCDay()
	};
}

export { isWeekendDay as isWeekend } from '../domain/calendar/working-time';

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DD`. */
export function isoDate(day: number): string {
	const p = partsOf(day);
	return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** `YYYY-MM-DDTHH:MM:00` for a minute count. */
export function isoDateTime(minute: number): string {
	const day = Math.floor(minute / 1440);
	const m = minute - day * 1440;
	return `${isoDate(day)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}:00`;
}

export const FIRST_DAY = dayOf(FIRST_YEAR, 1, 1);
export const LAST_DAY = dayOf(LAST_YEAR, 12, 31);
