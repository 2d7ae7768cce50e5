/**
 * Periods leaders compare (issue 6) as addressable ids: `2025` (year), `2025-07` (month),
 * `2025-summer` (season), `campaign:<id>` (a named campaign window) and
 * `2025-03-01..2025-05-31` (any inclusive date range). Seasons follow the meteorological
 * convention (spring Mar–May, summer Jun–Aug, autumn Sep–Nov); winter `2024-winter` is
 * Dec 2024 – Feb 2025, named by the year it starts in.
 */
import { isInYearRange, isRealDate, MAX_YEAR, MIN_YEAR } from '../../contract/dates';
import type { CampaignWindow } from '../../contract/periods';
import { QUOTE_CHARS, quoteValue } from '../../contract/quote';

export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

export interface Period {
	/** The id as given, normalised (e.g. `2025-summer`). */
	id: string;
	kind: 'year' | 'month' | 'season' | 'campaign' | 'range';
	/** Inclusive ISO dates. */
	from: string;
	to: string;
}

export type { CampaignWindow };

export class PeriodError extends Error {}

/** Campaigns an unknown-campaign message lists: the first few, so the message stays short. */
const MAX_CAMPAIGNS_LISTED = 10;

const SEASON_MONTHS: Record<Season, [startMonth: number, months: number]> = {
	spring: [3, 3],
	summer: [6, 3],
	autumn: [9, 3],
	winter: [12, 3]
};

const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Last day of a month; `month` is 1-based and may run past 12 into the next year. */
function lastDayOf(year: number, month: number): string {
	const end = new Date(Date.UTC(year, month, 0));
	return isoDay(end.getUTCFullYear(), end.getUTCMonth() + 1, end.getUTCDate());
}

function monthSpan(year: number, startMonth: number, months: number): [string, string] {
	const from = isoDay(year, startMonth, 1);
	return [from, lastDayOf(year, startMonth + months - 1)];
}

/**
 * Parses a period id; throws `PeriodError` with a message naming what was expected. A
 * period a request names must lie in MIN_YEAR..MAX_YEAR; `years: 'any'` is for periods the
 * server derives (the year before, the slices around a window).
 */
export function parsePeriod(
	text: string,
	campaigns: readonly CampaignWindow[] = [],
	years: 'checked' | 'any' = 'checked'
): Period {
	const period = parseAnyYear(text, campaigns);
	if (years === 'checked' && (!isInYearRange(period.from) || !isInYearRange(period.to)))
		throw new PeriodError(
			`${quoteValue(period.id)} lies outside the years ${MIN_YEAR} to ${MAX_YEAR}`
		);
	return period;
}

function parseAnyYear(text: string, campaigns: readonly CampaignWindow[]): Period {
	const id = text.trim();
	const quoted = quoteValue(id);
	let m: RegExpExecArray | null;
	if ((m = /^(\d{4})$/.exec(id))) {
		return { id, kind: 'year', from: `${m[1]}-01-01`, to: `${m[1]}-12-31` };
	}
	if ((m = /^(\d{4})-(\d{2})$/.exec(id))) {
		const month = Number(m[2]);
		if (month < 1 || month > 12) throw new PeriodError(`${quoted}: month must be 01 to 12`);
		const [from, to] = monthSpan(Number(m[1]), month, 1);
		return { id, kind: 'month', from, to };
	}
	if ((m = /^(\d{4})-([a-z]+)$/.exec(id)) && (SEASONS as readonly string[]).includes(m[2])) {
		const [start, months] = SEASON_MONTHS[m[2] as Season];
		const [from, to] = monthSpan(Number(m[1]), start, months);
		return { id, kind: 'season', from, to };
	}
	if ((m = /^campaign:(.+)$/.exec(id))) {
		const c = campaigns.find((x) => x.id === m![1]);
		if (!c) {
			const known =
				campaigns
					.slice(0, MAX_CAMPAIGNS_LISTED)
					.map((x) => `campaign:${x.id} (${x.name.slice(0, QUOTE_CHARS)})`)
					.join(', ') || 'none';
			throw new PeriodError(`${quoted}: no such campaign; known campaigns: ${known}`);
		}
		return { id, kind: 'campaign', from: c.from, to: c.to };
	}
	if ((m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(id))) {
		if (!isRealDate(m[1]) || !isRealDate(m[2]))
			throw new PeriodError(`${quoted}: not real calendar dates`);
		if (m[1] > m[2]) throw new PeriodError(`${quoted}: the range starts after it ends`);
		return { id, kind: 'range', from: m[1], to: m[2] };
	}
	throw new PeriodError(
		`${quoted} is not a period; write 2025, 2025-07, 2025-summer (spring/summer/autumn/winter), campaign:<id> or 2025-03-01..2025-05-31`
	);
}

/** The same period one year earlier (同比): `2025-summer` → `2024-summer`. */
export function previousYear(period: Period, campaigns: readonly CampaignWindow[] = []): Period {
	const shift = (s: string) => {
		const y = Number(s.slice(0, 4)) - 1;
		const rest = s.slice(4);
		// 29 February has no twin a year earlier: take the 28th.
		return rest === '-02-29' ? `${y}-02-28` : `${y}${rest}`;
	};
	if (period.kind === 'campaign' || period.kind === 'range') {
		return {
			id: `${shift(period.from)}..${shift(period.to)}`,
			kind: 'range',
			from: shift(period.from),
			to: shift(period.to)
		};
	}
	const id = `${Number(period.id.slice(0, 4)) - 1}${period.id.slice(4)}`;
	return parsePeriod(id, campaigns, 'any');
}
