/**
 * The places a responsibility ledger row may name (issue 15 item 1): zones, road segments,
 * roads and frontage units, each by id or by name. A name that several places of the kind
 * share (the segments of one road) must be written as an id.
 */
import type { ResponsibilityTarget } from '../../contract/responsibility';

/** One stored place: its kind, id and name (roads: the road id and its name). */
export interface PlaceRow {
	kind: ResponsibilityTarget;
	id: string;
	name: string;
}

export type PlaceMatch = { found: string } | { ambiguous: readonly string[] } | { missing: true };

export interface PlaceLookup {
	resolve(kind: ResponsibilityTarget, text: string): PlaceMatch;
}

const key = (s: string) => s.normalize('NFKC').trim().toLowerCase();

export function createPlaceLookup(rows: readonly PlaceRow[]): PlaceLookup {
	const ids = new Map<string, Set<string>>();
	const names = new Map<string, string[]>();
	for (const r of rows) {
		(ids.get(r.kind) ?? ids.set(r.kind, new Set()).get(r.kind)!).add(r.id);
		const k = `${r.kind}\u0000${key(r.name)}`;
		const list = names.get(k) ?? names.set(k, []).get(k)!;
		if (!list.includes(r.id)) list.push(r.id);
	}
	return {
		resolve(kind, text) {
			const t = text.trim();
			if (ids.get(kind)?.has(t)) return { found: t };
			const hits = names.get(`${kind}\u0000${key(t)}`) ?? [];
			if (hits.length === 1) return { found: hits[0] };
			if (hits.length > 1) return { ambiguous: hits };
			return { missing: true };
		}
	};
}
