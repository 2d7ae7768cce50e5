import type { RoadRankingCollection, RoadRankingRow } from '../api/hotspot-query';

import type { RoadTab } from '../state/road-tab';

export type { RoadTab };

/**
 * The ranking table's rows, worst first: all segments, or only those of the group `tab`,
 * re-ranked within it (rank 1 = the group's worst segment), as the server's `keyGroup=` export
 * does.
 */
export function roadRankingRows(
	collection: RoadRankingCollection | null,
	tab: RoadTab
): RoadRankingRow[] {
	const rows = (collection?.features ?? [])
		.map((f) => f.properties)
		.sort((a, b) => a.rank - b.rank);
	if (tab === null) return rows;
	return rows.filter((r) => r.keyGroup === tab).map((r, i) => ({ ...r, rank: i + 1 }));
}
