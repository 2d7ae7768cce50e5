import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
	parseHolidayYear,
	type HolidayYear
} from '../../../../server/domain/calendar/holiday-calendar';
import { buildWorkingCalendar } from '../../../../server/domain/calendar/working-calendar';

/** The year files shipped in data/calendar, as parsed JSON. */
export const CALENDAR_DIR = resolve(import.meta.dirname, '../../../../data/calendar');

export function readYearFiles(): { file: string; data: unknown }[] {
	return readdirSync(CALENDAR_DIR)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => ({ file, data: JSON.parse(readFileSync(join(CALENDAR_DIR, file), 'utf8')) }));
}

export const shippedYears = (): HolidayYear[] =>
	readYearFiles().map((f) => parseHolidayYear(f.data));
export const shippedCalendar = () => buildWorkingCalendar(shippedYears());
