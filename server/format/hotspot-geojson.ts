import type {
	HotspotCellList,
	HotspotCollection,
	HotspotMeta,
	SiteHotspotCollection
} from '../contract/hotspots';
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

/** Gi* cells as ids with their values, each named by `names` (its zone; the id when it has none). */
export function formatHotspotCellList(
	analysis: HotspotAnalysis,
	names: ReadonlyMap<string, string>,
	settings: Omit<
		HotspotMeta,
		'cells' | 'warning' | 'neighbourhood' | 'noNeighbours' | 'bandM' | 'defaultBandM' | 'nearest'
	>
): HotspotCellList {
	const n = analysis.cells.length;
	return {
		cells: analysis.cells.map((cell) => ({ ...cell, name: names.get(cell.h3) ?? cell.h3 })),
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

/** The same cells as a GeoJSON FeatureCollection of hexagons (the API's default form). */
export function withCellGeometry(list: HotspotCellList): HotspotCollection {
	return {
		type: 'FeatureCollection',
		features: list.cells.map((properties) => ({
			type: 'Feature',
			geometry: formatCellPolygon(properties.h3),
			properties
		})),
		meta: list.meta
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
