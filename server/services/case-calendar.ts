/**
 * The working-day calendar deadlines count on (issue 14 item 2): the year files shipped in
 * data/calendar (the defaults, read and checked once per process) overlaid by the years an
 * admin saved (`holiday_calendars`, PUT /api/calendar/{year}). Built once per database and
 * rebuilt after an edit.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Database } from '../db/database';
import {
	HolidayCalendarError,
	parseHolidayYear,
	type HolidayYear
} from '../domain/calendar/holiday-calendar';
import { buildWorkingCalendar, type WorkingCalendar } from '../domain/calendar/working-calendar';
import { AppError, NotFoundError } from '../errors';
import {
	CALENDAR_YEAR_SQL,
	CALENDAR_YEARS_SQL,
	UPSERT_CALENDAR_YEAR_SQL
} from '../queries/case-settings';
import type { Actor } from './actor';
import { recordAudit } from './audit';

export const CALENDAR_DIR = resolve(import.meta.dirname, '../../data/calendar');

let shipped: Map<number, HolidayYear> | undefined;

/** The repository's year files, checked by the domain parser; a broken file stops start-up. */
export function shippedCalendarYears(): Map<number, HolidayYear> {
	if (shipped) return shipped;
	const years = new Map<number, HolidayYear>();
	for (const name of readdirSync(CALENDAR_DIR)
		.filter((n) => /^\d{4}\.json$/.test(n))
		.sort()) {
		const path = resolve(CALENDAR_DIR, name);
		try {
			const year = parseHolidayYear(JSON.parse(readFileSync(path, 'utf8')));
			if (`${year.year}.json` !== name) throw new Error(`holds the year ${year.year}`);
			years.set(year.year, year);
		} catch (error) {
			throw new Error(`holiday calendar ${path}: ${(error as Error).message}`, { cause: error });
		}
	}
	return (shipped = years);
}

const calendars = new WeakMap<Database, Promise<WorkingCalendar>>();

async function yearsOf(db: Pick<Database, 'query'>): Promise<Map<number, HolidayYear>> {
	const years = new Map(shippedCalendarYears());
	for (const row of await db.query<{ year: number; data: string }>(CALENDAR_YEARS_SQL)) {
		years.set(row.year, parseHolidayYear(JSON.parse(row.data)));
	}
	return years;
}

/** The calendar in force for this database. */
export function loadCalendar(db: Database): Promise<WorkingCalendar> {
	let calendar = calendars.get(db);
	if (!calendar) {
		calendar = yearsOf(db).then((years) => buildWorkingCalendar([...years.values()]));
		calendars.set(db, calendar);
		calendar.catch(() => calendars.delete(db));
	}
	return calendar;
}

/** One year as an admin edits it, and whether it is the shipped default or a saved edit. */
export async function readCalendarYear(db: Database, year: number) {
	const [row] = await db.query<{ data: string }>(CALENDAR_YEAR_SQL, { year });
	if (row) return { ...parseHolidayYear(JSON.parse(row.data)), edited: true };
	const file = shippedCalendarYears().get(year);
	if (!file) throw new NotFoundError(`no holiday calendar for ${year}; PUT one to add it`);
	return { ...file, edited: false };
}

/** Saves an admin's edit of one year (checked like a file), audited, and rebuilds the calendar. */
export async function saveCalendarYear(db: Database, actor: Actor, year: number, data: unknown) {
	let parsed: HolidayYear;
	try {
		parsed = parseHolidayYear(data);
	} catch (error) {
		if (!(error instanceof HolidayCalendarError)) throw error;
		throw new AppError(422, 'invalid_calendar', error.message, { problems: error.problems });
	}
	if (parsed.year !== year) {
		throw new AppError(422, 'invalid_calendar', `the body is the year ${parsed.year}, not ${year}`);
	}
	await db.transaction(async (tx) => {
		const [before] = await tx.query<{ data: string }>(CALENDAR_YEAR_SQL, { year });
		await tx.run(UPSERT_CALENDAR_YEAR_SQL, {
			year,
			data: JSON.stringify(parsed),
			by: actor.username
		});
		await recordAudit(tx, actor, {
			action: 'calendar.update',
			entity: 'holiday_calendar',
			entityId: String(year),
			before: before ? JSON.parse(before.data) : (shippedCalendarYears().get(year) ?? null),
			after: parsed
		});
	});
	calendars.delete(db);
	return { ...parsed, edited: true };
}
