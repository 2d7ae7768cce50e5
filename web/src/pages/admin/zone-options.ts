import type { LayerCollection } from '../../../../server/contract/layers';

/** A zone a user may be bounded to, as the user form lists it. */
export interface ZoneOption {
	id: string;
	name: string;
	kind: string;
}

/** Zones an area-bound user can be given: towns, communities, villages and grids. */
const ASSIGNABLE = ['street', 'community', 'village', 'grid'];

/** The zones layer as options, by kind (town first, grids last) then name. */
export function zoneOptions(layer: LayerCollection<'zones'> | null): ZoneOption[] {
	if (!layer) return [];
	return layer.features
		.map((f) => ({ id: f.properties.id, name: f.properties.name, kind: f.properties.kind }))
		.filter((z) => ASSIGNABLE.includes(z.kind))
		.sort(
			(a, b) =>
				ASSIGNABLE.indexOf(a.kind) - ASSIGNABLE.indexOf(b.kind) ||
				a.name.localeCompare(b.name, 'zh-CN')
		);
}

/** Zone names for ids, in the given order; an unknown id shows as itself. */
export function zoneNames(ids: readonly string[], options: readonly ZoneOption[]): string[] {
	const byId = new Map(options.map((z) => [z.id, z.name]));
	return ids.map((id) => byId.get(id) ?? id);
}
