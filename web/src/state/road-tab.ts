/**
 * The ranking table's tab: a key group's name (one tab per group of /api/key-groups, issue 16),
 * or null for all segments.
 */
export type RoadTab = string | null;

/**
 * The tab shown: the one the user chose while its group still exists, else the first group,
 * else all segments (a town with no key group yet).
 */
export function effectiveRoadTab(chosen: { tab: RoadTab } | null, groups: readonly string[]) {
	if (chosen && (chosen.tab === null || groups.includes(chosen.tab))) return chosen.tab;
	return groups[0] ?? null;
}
