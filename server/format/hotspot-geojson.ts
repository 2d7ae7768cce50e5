import type { HotspotCollection, HotspotMeta, SiteHotspotCollection } from '../contract/hotspots';
import type { HotspotAnalysis, HotspotWarning } from '../domain/hotspots/analyse-hotspots';
import type { SiteAnalysis } from '../domain/hotspots/analyse-sites';
import { MIN_RELIABLE_CELLS } from '../domain/hotspots/analyse-hotspots';
import { formatCellPolygon } from '$geo/h3-cells';

const WARNING_MESSAGES = {
	few_cells: (n: number, unit: string) =>
		`only ${n} ${unit}s in the study area: Gi* needs at least ${MIN_RELIABLE_CELLS} to be reliable`,
	zero_variance: (_n: number, unit: string) =>
		`every ${unit} has the same value: there are no hot or cold spots to find`
};

const formatWarning = (warning: HotspotWarning | null, n: number, unit: 'cell' | 'site') =>
	warning ? { code: warning, message: WARNING_MESSAGES[warning](n, unit) } : null;

/**
 * Gi* cells as a GeoJSON FeatureCollection of hexagons, each named by `names` (its zone; the
 * id when it has none), with the run's settings in `meta`.
 */
export function formatHotspotCollection(
	analysis: HotspotAnalysis,
	names: ReadonlyMap<string, string>,
	settings: Omit<
		HotspotMeta,
		'cells' | 'warning' | 'neighbourhood' | 'noNeighbours' | 'bandM' | 'defaultBandM' | 'nearest'
	>
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
			neighbourhood: 'h3',
			noNeighbours: analysis.noNeighbours,
			bandM: null,
			defaultBandM: null,
			nearest: null,
			...settings,
			warning: formatWarning(analysis.warning, n, 'cell')
		}
	};
}

/** Gi* sites as points at their mean position, with the band used and the neighbourless count. */
export function formatSiteHotspotCollection(
	analysis: SiteAnalysis,
	surveys: readonly number[],
	settings: Omit<HotspotMeta, 'cells' | 'warning' | 'noNeighbours' | 'bandM' | 'defaultBandM'>
): SiteHotspotCollection {
	const n = analysis.sites.length;
	return {
		type: 'FeatureCollection',
		features: analysis.sites.map(({ id, lng, lat, ...result }, i) => ({
			type: 'Feature',
			geometry: { type: 'Point', coordinates: [lng, lat] },
			properties: { site: id, surveys: surveys[i], ...result }
		})),
		meta: {
			cells: n,
			...settings,
			noNeighbours: analysis.noNeighbours,
			bandM: analysis.bandM === null ? null : Math.round(analysis.bandM * 10) / 10,
			defaultBandM:
				analysis.defaultBandM === null ? null : Math.round(analysis.defaultBandM * 10) / 10,
			warning: formatWarning(analysis.warning, n, 'site')
		}
	};
}
