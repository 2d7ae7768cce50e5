import { PESTS } from '../contract/records';
import {
	ROAD_SNAP_M,
	type PriorityQuery,
	type PriorityResponse,
	type PriorityRow
} from '../contract/hotspots';
import type { Database } from '../db/database';
import type { LevelResult } from '../domain/catalogues/control-thresholds';
import { assessUnits, type UnitSums } from '../domain/density/assess-units';
import { worstLevel } from '../domain/density/grade-indicator';
import { mergeNeighbouringPlaces } from '../domain/hotspots/merge-places';
import { scorePriority } from '../domain/hotspots/priority-score';
import {
	ACTIVE_THRESHOLDS_SQL,
	SURVEY_METHODS_SQL,
	toDensityCatalogue
} from '../queries/catalogues';
import { buildDensitySumsQuery } from '../queries/density';
import { buildPriorityCellsQuery, LAST_REPORT_DAY_SQL } from '../queries/hotspots-priorities';
import { cellCentre } from '$geo/h3-cells';
import { computeHotspots } from './hotspots';

/** Places are res-9 cells (~0.1 km², a block a team can walk): docs/decisions.md. */
export const PRIORITY_RES = 9;
/** "Recent" is the last 30 days of the window, the end day included. */
export const RECENT_DAYS = 30;
/** Without `from`, the window is the year up to `to`. */
const DEFAULT_WINDOW_DAYS = 365;

const addDays = (day: string, n: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Worst control level of any pest per community/village over the window. */
async function worstPestLevels(db: Database, from: string, to: string) {
	const catalogue = toDensityCatalogue(
		await db.query(SURVEY_METHODS_SQL),
		await db.query(ACTIVE_THRESHOLDS_SQL)
	);
	const levels = new Map<string, LevelResult>();
	for (const pest of PESTS) {
		const q = buildDensitySumsQuery({ pest, by: 'zone', res: PRIORITY_RES, from, to });
		const rows = await db.query<UnitSums & Record<string, unknown>>(q.sql, q.params);
		for (const unit of assessUnits(catalogue, pest, rows, null)) {
			levels.set(unit.id, worstLevel([levels.get(unit.id) ?? null, unit.level]));
		}
	}
	return levels;
}

/** `/api/priorities`: res-9 cells ranked by the documented score, with their reasons. */
export async function computePriorities(db: Database, q: PriorityQuery): Promise<PriorityResponse> {
	const [last] = await db.query<{ to: string | null }>(LAST_REPORT_DAY_SQL);
	const to = q.to ?? last.to ?? new Date().toISOString().slice(0, 10);
	const from = q.from ?? addDays(to, 1 - DEFAULT_WINDOW_DAYS);
	const recentFrom = [from, addDays(to, 1 - RECENT_DAYS)].sort()[1];
	const hotspots = await computeHotspots(db, {
		subject: 'blindspots',
		res: PRIORITY_RES,
		k: 1,
		fdr: false,
		from,
		to
	});
	const bins = new Map(hotspots.cells.map((c) => [c.h3, c.bin]));
	const cellsQuery = buildPriorityCellsQuery({
		res: PRIORITY_RES,
		from,
		to,
		recentFrom,
		snapM: ROAD_SNAP_M
	});
	const cells = await db.query<{
		cell: string;
		reports: number;
		recent: number;
		maxRecurrence: number;
		overdue: number;
		zoneId: string | null;
		zoneName: string | null;
		roadName: string | null;
	}>(cellsQuery.sql, cellsQuery.params);
	const pestLevels = await worstPestLevels(db, from, to);
	const scored = cells
		.map((c): PriorityRow => {
			const { score, reasons } = scorePriority({
				bin: bins.get(c.cell) ?? 0,
				recent: c.recent,
				maxRecurrence: c.maxRecurrence,
				overdue: c.overdue,
				pestLevel: c.zoneId ? (pestLevels.get(c.zoneId) ?? null) : null
			});
			const { cell: h3, zoneId, zoneName, roadName, reports } = c;
			return {
				rank: 0,
				h3,
				cells: [h3],
				score,
				centre: cellCentre(h3),
				zoneId,
				zoneName,
				roadName,
				reports,
				reasons
			};
		})
		.filter((r) => r.reasons.some((x) => x.code !== 'pest_level'))
		.sort((a, b) => b.score - a.score || b.reports - a.reports || (a.h3 < b.h3 ? -1 : 1));
	const places = mergeNeighbouringPlaces(scored);
	const priorities = places.slice(0, q.limit).map((r, i) => ({ ...r, rank: i + 1 }));
	return { from, to, res: PRIORITY_RES, priorities };
}
