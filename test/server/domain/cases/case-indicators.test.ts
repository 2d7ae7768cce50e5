import { describe, expect, it } from 'vitest';
import type { CaseStatus } from '../../../../server/contract/case-states';
import type { IndicatorCase } from '../../../../server/domain/cases/case-indicators';
import {
	groupIndicators,
	type IndicatorRow
} from '../../../../server/domain/cases/indicator-groups';
import { shippedCalendar } from '../calendar/shipped-calendar';

/** Local times in 2026 written `MM-DDTHH:MM`. */
const t = (time: string | null) => (time ? `2026-${time}:00` : null);

function row(
	status: CaseStatus,
	zone: string,
	assignee: string,
	times: [string, string, string | null, string | null],
	reworkCount = 0
): IndicatorCase {
	const [reportedAt, deadline, handledAt, closedAt] = times.map(t);
	const when = { reportedAt: reportedAt!, deadline, handledAt, closedAt };
	return { status, zone, unit: null, assignee, reworkCount, ...when };
}

/**
 * Ten cases around February 2026 (春节 Feb 15–23; Feb 14 and 28 are 调休 Saturdays). Working
 * hours from report to close, by hand: A 9→16 = 7; B Feb 3 10–17 + Feb 4 9–10 = 8; C Fri Feb 13
 * 15–17 + Sat 14 8 + Feb 24 9–11:30 = 12.5; I Jan 30 10→16 = 6; J Jan 20 7 + Jan 21–23 24 +
 * Jan 26–30 40 + Feb 2 8 + Feb 3 1 = 80.
 */
// prettier-ignore
const CASES: IndicatorCase[] = [
	//          status        zone  who   reported       deadline       handled        closed
	/* A */ row('closed',     'z1', 'a', ['02-02T09:00', '02-02T17:00', '02-02T15:00', '02-02T16:00']),
	/* B */ row('closed',     'z1', 'a', ['02-03T10:00', '02-03T14:00', '02-03T15:00', '02-04T10:00']), // late
	/* C */ row('closed',     'z1', 'b', ['02-13T15:00', '02-24T12:00', '02-24T11:00', '02-24T11:30'], 1), // reworked, new deadline
	/* D */ row('dispatched', 'z2', 'b', ['02-25T09:00', '02-25T17:00', null,          null]),
	/* E */ row('handled',    'z2', 'b', ['02-27T16:00', '02-28T16:00', '02-28T15:00', null]), // awaiting verification
	/* F */ row('processing', 'z2', 'c', ['02-27T10:00', '03-04T10:00', null,          null]), // due in March
	/* G */ row('rejected',   'z1', 'a', ['02-05T10:00', '02-05T17:00', null,          null]),
	/* H */ row('merged',     'z2', 'b', ['02-06T10:00', '02-06T17:00', null,          null]),
	/* I */ row('closed',     'z1', 'a', ['01-30T10:00', '02-02T10:00', '01-30T15:00', '01-30T16:00']), // reported in January
	/* J */ row('closed',     'z1', 'a', ['01-20T10:00', '01-21T10:00', '02-02T16:00', '02-03T10:00']) // due in January
];

const query = {
	from: '2026-02-01',
	to: '2026-02-28',
	now: '2026-03-02T12:00:00',
	calendar: shippedCalendar()
};
type Counts = [number, number, number, number, number, number | null, number, number];
/** due, closed, on_time, handled, reworked, avg_handling_hours, open, overdue */
const counts = (r: IndicatorRow): Counts => [
	r.due,
	r.closed,
	r.on_time,
	r.handled,
	r.reworked,
	r.avg_handling_hours,
	r.open,
	r.overdue
];

describe('case indicators against a hand-computed table', () => {
	it('by month: due by deadline, open and overdue at each month end', () => {
		const rows = groupIndicators(CASES, { ...query, by: 'month', from: '2026-01-01' });
		expect(rows.map((r) => r.key)).toEqual(['2026-01', '2026-02']);
		// January: only J was due (closed late, Feb 3); at Feb 1 00:00 J was still open and overdue.
		expect(counts(rows[0])).toEqual([1, 1, 0, 1, 0, 80, 1, 1]);
		// February: A B C D E I due; A B C I closed; A C I on time; D not handled; C reworked;
		// (7 + 8 + 12.5 + 6) / 4 = 8.375 h; open at Mar 1 00:00: D E F; overdue: D E.
		expect(counts(rows[1])).toEqual([6, 4, 3, 5, 1, 8.375, 3, 2]);
		expect(rows[1]).toMatchObject({ closure_rate: 4 / 6, on_time_rate: 0.5, rework_rate: 0.2 });
	});

	it('by zone', () => {
		const rows = groupIndicators(CASES, { ...query, by: 'zone' });
		expect(rows.map((r) => [r.key, ...counts(r)])).toEqual([
			['z1', 4, 4, 3, 4, 1, 8.375, 0, 0],
			['z2', 2, 0, 0, 1, 0, null, 3, 2]
		]);
		expect(rows[0]).toMatchObject({ closure_rate: 1, on_time_rate: 0.75, rework_rate: 0.25 });
		expect(rows[1]).toMatchObject({ closure_rate: 0, on_time_rate: 0, rework_rate: 0 });
	});

	it('by person, with no rate where nothing was due or handled', () => {
		const rows = groupIndicators(CASES, { ...query, by: 'person' });
		expect(rows.map((r) => [r.key, ...counts(r)])).toEqual([
			['a', 3, 3, 2, 3, 0, 7, 0, 0],
			['b', 3, 1, 1, 2, 1, 12.5, 2, 2],
			['c', 0, 0, 0, 0, 0, null, 1, 0]
		]);
		expect(rows[2]).toMatchObject({ closure_rate: null, on_time_rate: null, rework_rate: null });
	});

	it('lists no month that has not begun', () => {
		const rows = groupIndicators(CASES, { ...query, by: 'month', to: '2026-04-30' });
		expect(rows.map((r) => r.key)).toEqual(['2026-02', '2026-03']);
		// March so far (to Mar 2 12:00): nothing due; D, E, F still open, D and E overdue.
		expect(counts(rows[1])).toEqual([0, 0, 0, 0, 0, null, 3, 2]);
	});

	it('counts nothing as due before its deadline has passed', () => {
		// On Feb 25 at noon D (due 17:00) and E are not due yet; D is open, not overdue.
		const [feb] = groupIndicators(CASES, { ...query, by: 'month', now: '2026-02-25T12:00:00' });
		expect(counts(feb)).toEqual([4, 4, 3, 4, 1, 8.375, 1, 0]);
	});
});
