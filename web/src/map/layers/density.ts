import { PolygonLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { DensityUnitJson } from '../../../../server/contract/density';
import type { LayerFeature } from '../../../../server/contract/layers';
import type { DensityUnitKind } from '../../api/density-query';
import type { Bbox } from '$geo/bbox';
import type { CellRing } from '../h3-lazy.svelte';
import { hexToRgba, LEVEL_COLORS, LEVEL_KEYS, levelKey, type LevelKey, type Rgba } from '../colors';

/** Fill opacity of graded units: strong enough to read the level, light enough to see roads. */
export const DENSITY_FILL_ALPHA = 190;
/** No-data units stay pale so they read as "nothing to see", not as a level. */
export const DENSITY_NO_DATA_ALPHA = 120;

/** The zone kinds a `by` choice colours; H3 cells come from the response itself. */
const ZONE_KINDS_BY: Record<Exclude<DensityUnitKind, 'h3'>, readonly string[]> = {
	zone: ['community', 'village'],
	grid: ['grid']
};

export interface DensityShape {
	id: string;
	/** Outer ring then holes, `[lng, lat]`. */
	rings: Position[][];
	level: LevelKey;
	fill: Rgba;
}

/** Issue 17: a unit with surveys but below its sample minimum: a darker grey than "no data". */
export const SAMPLE_SHORT_COLOR = '#8c8c8c';

/** Whether a unit is ungraded because its sample is below the minimum (issue 17). */
export const isSampleShort = (unit: DensityUnitJson | undefined) =>
	unit?.level === null && unit.levelNote === 'sample_too_small';

export function levelFill(level: LevelKey): Rgba {
	return hexToRgba(
		LEVEL_COLORS[level].fill,
		level === 'none' ? DENSITY_NO_DATA_ALPHA : DENSITY_FILL_ALPHA
	);
}

function shape(id: string, rings: Position[][], unit: DensityUnitJson | undefined): DensityShape {
	const level = levelKey(unit?.level ?? null);
	const fill = isSampleShort(unit)
		? hexToRgba(SAMPLE_SHORT_COLOR, DENSITY_FILL_ALPHA)
		: levelFill(level);
	return { id, rings, level, fill };
}

/**
 * Choropleth shapes: zones or grids joined to their unit by id (a zone the answer lacks is
 * no data), or the answer's H3 cells as hexagons drawn from their ids. One shape per polygon part.
 */
export function formatDensityShapes(
	units: readonly DensityUnitJson[],
	by: DensityUnitKind,
	zones: readonly LayerFeature<'zones'>[],
	/** H3 cells' hexagons (h3-js, loaded lazily); no cell shapes until it is there. */
	cellRing: CellRing | null = null
): DensityShape[] {
	const byId = new Map(units.map((u) => [u.id, u]));
	if (by === 'h3') {
		return cellRing ? units.map((u) => shape(u.id, [cellRing(u.id)], u)) : [];
	}
	const shapes: DensityShape[] = [];
	for (const zone of zones) {
		if (!ZONE_KINDS_BY[by].includes(zone.properties.kind)) continue;
		const g = zone.geometry;
		const parts =
			g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
		const unit = byId.get(zone.properties.id);
		for (const rings of parts) shapes.push(shape(zone.properties.id, rings, unit));
	}
	return shapes;
}

/** How many units sit at each level (the legend's counts); a unit whose sample is too small
 * counts under `short`, not under "no data" (issue 17). */
export function countLevels(
	units: readonly DensityUnitJson[]
): Record<LevelKey, number> & { short: number } {
	const counts = Object.fromEntries(LEVEL_KEYS.map((k) => [k, 0])) as Record<LevelKey, number>;
	let short = 0;
	for (const unit of units) {
		if (isSampleShort(unit)) short++;
		else counts[levelKey(unit.level)]++;
	}
	return { ...counts, short };
}

/** The box around a unit's shapes, for flying the map to it; null when it has none. */
export function densityShapeBbox(shapes: readonly DensityShape[], id: string): Bbox | null {
	const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
	for (const s of shapes) {
		if (s.id !== id) continue;
		for (const [lng, lat] of s.rings[0] ?? []) {
			box[0] = Math.min(box[0], lng);
			box[1] = Math.min(box[1], lat);
			box[2] = Math.max(box[2], lng);
			box[3] = Math.max(box[3], lat);
		}
	}
	return Number.isFinite(box[0]) ? box : null;
}

export function renderDensity(shapes: DensityShape[]) {
	return new PolygonLayer<DensityShape>({
		id: 'density:fill',
		data: shapes,
		pickable: true,
		autoHighlight: true,
		// Faint, so a hovered FAIL zone never reads as a lighter level.
		highlightColor: [255, 255, 255, 40],
		stroked: true,
		filled: true,
		lineWidthUnits: 'pixels',
		getPolygon: (d) => d.rings as [number, number][][],
		getFillColor: (d) => d.fill,
		getLineColor: [255, 255, 255, 200],
		getLineWidth: 0.8
	});
}

/** A dark outline around the unit whose panel is open. */
export function renderDensitySelection(shapes: DensityShape[], selectedId: string | null) {
	return new PolygonLayer<DensityShape>({
		id: 'density:selected',
		data: selectedId ? shapes.filter((s) => s.id === selectedId) : [],
		pickable: false,
		stroked: true,
		filled: false,
		lineWidthUnits: 'pixels',
		getPolygon: (d) => d.rings as [number, number][][],
		getLineColor: [20, 20, 20, 235],
		getLineWidth: 3
	});
}
