import type { HotspotCollection, HotspotMeta } from '../contract/hotspots';
import type { HotspotAnalysis } from '../domain/hotspots/analyse-hotspots';
import { MIN_RELIABLE_CELLS } from '../domain/hotspots/analyse-hotspots';
import { formatCellPolygon } from '$geo/h3-cells';

const WARNING_MESSAGES = {
	few_cells: (n: number) =>
		`only ${n} cells in the study area: Gi* needs at least ${MIN_RELIABLE_CELLS} to be reliable`,
	zero_variance: () => 'every cell has the same value: there are no hot or cold spots to find'
};

/**
 * Gi* cells as a GeoJSON FeatureCollection of hexagons, each named by `names` (its zone; the
 * id when it has none), with the run's settings in `meta`.
 */
export function formatHotspotCollection(
	analysis: HotspotAnalysis,
	names: ReadonlyMap<string, string>,
	settings: Omit<HotspotMeta, 'cells' | 'warning'>
): HotspotCollection {
	const n = analysis.cells.length;
	return {
		type: 'FeatureCollection',
		features: analysis.cells.map((cell) => ({
			type: 'Feature',
			geometry: formatCellPolygon(cell.h3),
			properties: { ...cell, name: names.get(cell.h3) ?? cell.h3 }
		})),
		meta: {
			cells: n,
			...settings,
			warning: analysis.warning
				? { code: analysis.warning, message: WARNING_MESSAGES[analysis.warning](n) }
				: null
		}
	};
}
