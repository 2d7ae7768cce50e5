import { computeGeometryBbox, type Bbox } from '$geo/bbox';
import type { Geometry } from 'geojson';
import { AREA_BOUND_ROLES, type Role } from '../../../../server/contract/accounts';

interface ZoneFeature {
	properties: { id: string };
	geometry: Geometry | null;
}

/**
 * Where an area-bound user's map first looks (issue 14): the union of their zones' boxes,
 * so a grid worker opens on their own grid rather than the whole town. Null — keep the
 * town extent — when the URL already names a view, the role sees the whole town, the user
 * has no zones (the whole town), or none of their zones is on the zones layer.
 */
export function zonesFirstView(
	me: { role: Role; zones: readonly string[] } | null,
	zones: readonly ZoneFeature[],
	urlHasView: boolean
): Bbox | null {
	if (urlHasView || !me || !AREA_BOUND_ROLES.includes(me.role) || me.zones.length === 0)
		return null;
	const mine = new Set(me.zones);
	let union: Bbox | null = null;
	for (const zone of zones) {
		if (!mine.has(zone.properties.id) || !zone.geometry) continue;
		const b = computeGeometryBbox(zone.geometry);
		union = union
			? [
					Math.min(union[0], b[0]),
					Math.min(union[1], b[1]),
					Math.max(union[2], b[2]),
					Math.max(union[3], b[3])
				]
			: b;
	}
	return union;
}
