import type { Position } from 'geojson';
import type { LayerFeature } from '../../../../server/contract/layers';
import type { CompareUnit } from '../../api/comparison';
import { levelFill } from '../../map/layers/density';
import type { Rgba } from '../../map/colors';
import { sideBadge } from './compare-table';
import { valueFill } from './value-scale';

export interface CompareShape {
	id: string;
	/** The zone's or grid's name, for the hover tooltip. */
	name: string;
	rings: Position[][];
	fill: Rgba;
}

const KINDS = { zone: ['community', 'village'], grid: ['grid'] } as const;

/**
 * One period's choropleth: each zone or grid coloured on the shared value scale or by the level
 * the table beside it shows — the method in view's own, not the pest's worst indicator.
 */
export function formatCompareShapes(
	units: readonly CompareUnit[],
	side: 'a' | 'b',
	by: 'zone' | 'grid',
	zones: readonly LayerFeature<'zones'>[],
	colour: { by: 'level' } | { by: 'value'; breaks: readonly number[] }
): CompareShape[] {
	const byId = new Map(units.map((u) => [u.id, u[side]]));
	const shapes: CompareShape[] = [];
	for (const zone of zones) {
		if (!(KINDS[by] as readonly string[]).includes(zone.properties.kind)) continue;
		const g = zone.geometry;
		const parts =
			g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
		const v = byId.get(zone.properties.id);
		const fill =
			colour.by === 'level'
				? levelFill(v ? sideBadge(v).level : 'none')
				: valueFill(v?.value ?? null, colour.breaks);
		const { id, name } = zone.properties;
		for (const rings of parts) shapes.push({ id, name, rings, fill });
	}
	return shapes;
}
