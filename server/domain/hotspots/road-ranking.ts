import type { RoadRankingRow } from '../../contract/hotspots';

export type RoadReports = Omit<RoadRankingRow, 'rank' | 'per100m'>;

/**
 * Segments ranked worst first: reports per 100 m of segment, then reports, then id (a
 * stable order for ties). A segment of no length has rate 0 rather than Infinity.
 */
export function rankRoadSegments(rows: readonly RoadReports[]): RoadRankingRow[] {
	return rows
		.map((r) => ({
			...r,
			rank: 0,
			per100m: r.lengthM > 0 ? (r.reports / r.lengthM) * 100 : 0
		}))
		.sort((a, b) => b.per100m - a.per100m || b.reports - a.reports || (a.id < b.id ? -1 : 1))
		.map((r, i) => ({ ...r, rank: i + 1 }));
}
