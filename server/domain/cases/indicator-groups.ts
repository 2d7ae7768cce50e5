/**
 * `GET /api/cases/indicators?by=zone|unit|person|month&from=&to=` as pure code: the period's
 * cases split by zone, unit or assignee, or the period cut into calendar months.
 */
import type { WorkingCalendar } from '../calendar/working-calendar';
import {
	caseIndicators,
	type CaseIndicators,
	type IndicatorCase,
	type Period
} from './case-indicators';
import type { IndicatorRow } from '../../contract/case-indicators';

export type { IndicatorRow };

export type IndicatorGrouping = 'zone' | 'unit' | 'person' | 'month';

export interface IndicatorQuery {
	by: IndicatorGrouping;
	/** Inclusive local dates, `YYYY-MM-DD`. */
	from: string;
	to: string;
	/** Local time; deadlines after it are not due yet. */
	now: string;
	calendar: WorkingCalendar;
}

/** `key`: the zone, unit or person id (null: none recorded), or the month `YYYY-MM`. */

const KEY: Record<Exclude<IndicatorGrouping, 'month'>, (c: IndicatorCase) => string | null> = {
	zone: (c) => c.zone,
	unit: (c) => c.unit,
	person: (c) => c.assignee
};

const dayAfter = (date: string) =>
	new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const earlier = (a: string, b: string) => (Date.parse(`${a}Z`) <= Date.parse(`${b}Z`) ? a : b);

/** `[from, to]` as a Period, ending at `now` when that comes first. */
function periodOf(from: string, to: string, now: string): Period {
	return { start: `${from}T00:00:00`, end: earlier(`${dayAfter(to)}T00:00:00`, now) };
}

/** Each calendar month touching `[from, to]`, cut to it. Dates compare as strings. */
function months(from: string, to: string): { key: string; from: string; to: string }[] {
	const out = [];
	for (let first = `${from.slice(0, 7)}-01`; first <= to;) {
		const [y, m] = [Number(first.slice(0, 4)), Number(first.slice(5, 7))];
		const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
		out.push({
			key: first.slice(0, 7),
			from: first < from ? from : first,
			to: last > to ? to : last
		});
		first = dayAfter(last);
	}
	return out;
}

export function groupIndicators(
	cases: readonly IndicatorCase[],
	q: IndicatorQuery
): IndicatorRow[] {
	if (q.by === 'month') {
		// A month that has not begun has nothing due and no month end to count open cases at.
		const begun = months(q.from, q.to).filter((m) => `${m.from}T00:00:00` < q.now);
		return begun.map((m) => ({
			key: m.key,
			...caseIndicators(cases, periodOf(m.from, m.to, q.now), q.calendar)
		}));
	}
	const period = periodOf(q.from, q.to, q.now);
	const groups = new Map<string | null, IndicatorCase[]>();
	for (const c of cases) {
		const key = KEY[q.by](c);
		groups.set(key, [...(groups.get(key) ?? []), c]);
	}
	return [...groups]
		.map(([key, members]) => ({ key, ...caseIndicators(members, period, q.calendar) }))
		.filter((row) => row.due > 0 || row.open > 0)
		.sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1));
}
