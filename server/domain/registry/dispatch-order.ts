/**
 * Whom a case is proposed to, from the registry (issue 15 item 1 → issue 14 item 3): the
 * nearest place that has a holder wins — the frontage unit whose check opened the case, its
 * road segment, the segment's road, its grid, its community, then the community's parents.
 */

/** A current registry row covering one of a case's places. */
export interface DispatchHolder {
	kind: 'zone' | 'segment' | 'road' | 'frontage';
	id: string;
	person: string | null;
	username: string | null;
	unit: string | null;
}

const KIND_ORDER = ['frontage', 'segment', 'road', 'zone'] as const;

/**
 * The holder to propose: by kind in KIND_ORDER, zones by their place in `zoneIds` (grid first,
 * then community, then its parents). Rows arrive newest first, so among equals (two frontage
 * units) the newest registration wins.
 */
export function pickDispatchHolder(
	holders: readonly DispatchHolder[],
	zoneIds: readonly string[]
): DispatchHolder | null {
	const rank = (h: DispatchHolder) =>
		KIND_ORDER.indexOf(h.kind) * 1000 + (h.kind === 'zone' ? zoneIds.indexOf(h.id) : 0);
	const usable = holders.filter((h) => h.username ?? h.person ?? h.unit);
	let best: DispatchHolder | null = null;
	for (const h of usable) if (best === null || rank(h) < rank(best)) best = h;
	return best;
}
