/**
 * The leader overview's assessment card (issue 16 item 6): a month's mean inspection score
 * per key group and for village roads (inspections outside every key group), by level (the
 * town's own and the district's), with the same month last year alongside. A row without
 * inspections has a null mean, never a zero.
 */
import type {
	MonthScore,
	OverviewAssessmentResponse,
	OverviewAssessmentRow
} from '../contract/assessment-readiness';
import type { Database } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';

const VILLAGE = 'village';

const MONTH_SQL = `SELECT coalesce(group_id, '${VILLAGE}') AS key, max(group_name) AS name, level,
	avg(score) AS mean, count(*) AS n
	FROM inspections WHERE strftime(inspected_at, '%Y-%m') = $month
	GROUP BY ALL`;

export function previousYearMonth(month: string): string {
	return `${Number(month.slice(0, 4)) - 1}${month.slice(4)}`;
}

const none = (): MonthScore => ({ mean: null, inspections: 0 });

export async function computeOverviewAssessment(
	db: Database,
	month: string | undefined,
	now: Date
): Promise<OverviewAssessmentResponse> {
	const today = formatLocalTime(now);
	const [latest] = await db.query<{ m: string | null }>(
		`SELECT strftime(max(inspected_at), '%Y-%m') AS m FROM inspections
		 WHERE inspected_at <= CAST($now AS TIMESTAMP)`,
		{ now: today }
	);
	const shown = month ?? latest.m;
	if (!shown) {
		return { month: null, lastYearMonth: null, rows: [], inspections: 0, lastYearInspections: 0 };
	}
	const before = previousYearMonth(shown);
	type Row = {
		key: string;
		name: string | null;
		level: 'town' | 'district';
		mean: number;
		n: number;
	};
	const thisYear = await db.query<Row>(MONTH_SQL, { month: shown });
	const lastYear = await db.query<Row>(MONTH_SQL, { month: before });
	const groups = await db.query<{ id: string; name: string }>(
		`SELECT id, name FROM key_groups ORDER BY sort_order, name`
	);
	const rows = new Map<string, OverviewAssessmentRow>();
	const row = (key: string, name: string | null) => {
		let r = rows.get(key);
		if (!r) {
			r = {
				key,
				name,
				kind: key === VILLAGE ? 'village' : 'group',
				town: none(),
				district: none(),
				lastYearTown: none(),
				lastYearDistrict: none()
			};
			rows.set(key, r);
		}
		return r;
	};
	for (const g of groups) row(g.id, g.name);
	const score = (r: Row): MonthScore => ({
		mean: Math.round(Number(r.mean) * 10) / 10,
		inspections: Number(r.n)
	});
	for (const r of thisYear) {
		const target = row(r.key, r.key === VILLAGE ? null : r.name);
		target[r.level === 'district' ? 'district' : 'town'] = score(r);
	}
	for (const r of lastYear) {
		const target = row(r.key, r.key === VILLAGE ? null : r.name);
		target[r.level === 'district' ? 'lastYearDistrict' : 'lastYearTown'] = score(r);
	}
	const village = rows.get(VILLAGE);
	if (village) {
		rows.delete(VILLAGE);
		rows.set(VILLAGE, village);
	}
	const total = (list: Row[]) => list.reduce((s, r) => s + Number(r.n), 0);
	return {
		month: shown,
		lastYearMonth: before,
		rows: [...rows.values()],
		inspections: total(thisYear),
		lastYearInspections: total(lastYear)
	};
}
