import type { RoadRankingCollection, RoadRankingRow } from '../api/hotspot-query';

export const ROAD_TABS = ['key', 'all'] as const;
export type RoadTab = (typeof ROAD_TABS)[number];

/**
 * The ranking table's rows, worst first: all segments, or only those of `keyGroup`, re-ranked
 * within it (rank 1 = the worst 十路一区 segment), as the server's `keyGroup=` export does.
 */
export function roadRankingRows(
	collection: RoadRankingCollection | null,
	tab: RoadTab,
	keyGroup: string
): RoadRankingRow[] {
	const rows = (collection?.features ?? [])
		.map((f) => f.properties)
		.sort((a, b) => a.rank - b.rank);
	if (tab === 'all') return rows;
	return rows.filter((r) => r.keyGroup === keyGroup).map((r, i) => ({ ...r, rank: i + 1 }));
}
