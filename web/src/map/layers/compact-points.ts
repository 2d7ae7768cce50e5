import { PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { CellCounts, PointColumns } from '../../api/compact-layer';
import type { CaseStatus, Pest } from '../../api/codes';
import type { CrsId } from '$geo/crs';
import { fromWgs84, type LngLat } from '$geo/crs';
import { drawsUnshifted } from '$geo/shift-for-basemap';
import {
	categoryColor,
	hexToRgba,
	MAP_COLORS,
	OVERDUE_RING,
	PEST_COLORS,
	STATUS_COLORS,
	type Rgba
} from '../colors';
import {
	CLOSED_RADIUS_PX,
	isOpenStatus,
	OPEN_RADIUS_PX,
	type BlindSpotFormatOptions
} from './blindspots';
import { POINT_LAYER_DEFAULTS } from './point-defaults';
import { SURVEY_RADIUS_PX } from './surveys';
import { compactFeature } from '../../state/layer-data.svelte';
import type { PickedFeature } from '../../state/selection.svelte';

const pickerOf =
	(layer: 'surveys' | 'blindspots', points: PointColumns, order: Uint32Array) =>
	(index: number, at: { x: number; y: number }) =>
		compactFeature(layer, points, order[index] ?? -1, at);

/**
 * Compact point layers (issue 18): the Arrow columns handed to deck.gl as binary attributes
 * (`data: {length, attributes}`), no object per point. `order[i]` is the column row drawn i-th,
 * so a pick (deck's index) finds its id.
 */
export interface BinaryPoints {
	length: number;
	attributes: Record<string, { value: Float64Array | Float32Array | Uint8Array; size: number }>;
	order: Uint32Array;
	/** The point drawn at deck's pick index as a (partial) picked feature. */
	featureAt: (index: number, at: { x: number; y: number }) => PickedFeature | null;
}

/** Positions in draw order, moved into the basemap's CRS when it is not WGS-84. */
function drawnPositions(points: PointColumns, order: Uint32Array, crs: CrsId): Float64Array {
	const out = new Float64Array(order.length * 2);
	const shift = !drawsUnshifted(crs);
	order.forEach((row, i) => {
		const p: LngLat = [points.positions[2 * row]!, points.positions[2 * row + 1]!];
		const [x, y] = shift ? fromWgs84(crs, p) : p;
		out[2 * i] = x;
		out[2 * i + 1] = y;
	});
	return out;
}

/** One RGBA per point from a code column, each code's colour computed once. */
function colorsByCode(
	points: PointColumns,
	order: Uint32Array,
	column: string,
	colorOf: (code: string, row: number) => Rgba
): Uint8Array {
	const codes = points.codes[column];
	const out = new Uint8Array(order.length * 4);
	order.forEach((row, i) => {
		const code = codes ? codes.values[codes.indices[row]!]! : '';
		out.set(colorOf(code, row), 4 * i);
	});
	return out;
}

const identity = (n: number) => Uint32Array.from({ length: n }, (_, i) => i);

export function formatCompactSurveys(points: PointColumns, crs: CrsId): BinaryPoints {
	const order = identity(points.length);
	const hex = (code: string) => PEST_COLORS[code as Pest] ?? MAP_COLORS.fallback;
	return {
		length: order.length,
		order,
		featureAt: pickerOf('surveys', points, order),
		attributes: {
			getPosition: { value: drawnPositions(points, order, crs), size: 2 },
			getLineColor: {
				value: colorsByCode(points, order, 'pest', (c) => hexToRgba(hex(c), 230)),
				size: 4
			},
			getFillColor: {
				value: colorsByCode(points, order, 'pest', (c) => hexToRgba(hex(c), 45)),
				size: 4
			}
		}
	};
}

export function formatCompactBlindSpots(
	points: PointColumns,
	options: BlindSpotFormatOptions,
	crs: CrsId
): BinaryPoints {
	const status = points.codes.status;
	const open = (row: number) =>
		status ? isOpenStatus(status.values[status.indices[row]!]!) : true;
	// Closed first, so open cases paint over them.
	const order = Uint32Array.from(
		[...identity(points.length)].sort((a, b) => Number(open(a)) - Number(open(b)))
	);
	const overdue = points.flags.overdue;
	const colour = (row: number) => {
		const codes = points.codes[options.colorBy === 'status' ? 'status' : 'category'];
		const code = codes ? codes.values[codes.indices[row]!]! : '';
		const hex =
			options.colorBy === 'status'
				? (STATUS_COLORS[code as CaseStatus] ?? MAP_COLORS.fallback)
				: categoryColor(code, options.categoryCodes);
		return hexToRgba(hex, open(row) ? 255 : 140);
	};
	const radius = new Float32Array(order.length);
	const lineWidth = new Float32Array(order.length);
	const lineColor = new Uint8Array(order.length * 4);
	const fill = new Uint8Array(order.length * 4);
	const ring = hexToRgba(OVERDUE_RING, 255);
	order.forEach((row, i) => {
		const isOpen = open(row);
		const late = isOpen && overdue?.[row] === 1;
		radius[i] = isOpen ? OPEN_RADIUS_PX : CLOSED_RADIUS_PX;
		lineWidth[i] = late ? 3 : isOpen ? 1.5 : 0.5;
		lineColor.set(late ? ring : isOpen ? [255, 255, 255, 255] : [255, 255, 255, 120], 4 * i);
		fill.set(colour(row), 4 * i);
	});
	return {
		length: order.length,
		order,
		featureAt: pickerOf('blindspots', points, order),
		attributes: {
			getPosition: { value: drawnPositions(points, order, crs), size: 2 },
			getRadius: { value: radius, size: 1 },
			getLineWidth: { value: lineWidth, size: 1 },
			getLineColor: { value: lineColor, size: 4 },
			getFillColor: { value: fill, size: 4 }
		}
	};
}

export function renderCompactSurveys(data: BinaryPoints) {
	return new ScatterplotLayer({
		id: 'surveys:compact',
		data,
		...POINT_LAYER_DEFAULTS,
		filled: true,
		getRadius: SURVEY_RADIUS_PX,
		getLineWidth: 1.6
	});
}

export function renderCompactBlindSpots(data: BinaryPoints) {
	return new ScatterplotLayer({ id: 'blindspots:compact', data, ...POINT_LAYER_DEFAULTS });
}

/** H3 counts as hexagons shaded by count (light to deep), outlined white. */
export function renderCellCounts(layer: 'surveys' | 'blindspots', counts: CellCounts, crs: CrsId) {
	const max = Math.max(1, ...counts.cells.map((c) => c.count));
	const base = layer === 'surveys' ? PEST_COLORS.mosquito : STATUS_COLORS.reported;
	const [r, g, b] = hexToRgba(base);
	const shift = !drawsUnshifted(crs);
	const cells = counts.cells.map((c) => ({
		...c,
		ring: shift ? c.ring.map((p) => fromWgs84(crs, p)) : c.ring,
		alpha: Math.round(60 + 170 * Math.sqrt(c.count / max))
	}));
	return new PolygonLayer<(typeof cells)[number]>({
		id: `${layer}:cells`,
		data: cells,
		pickable: true,
		stroked: true,
		filled: true,
		getPolygon: (c) => c.ring,
		getFillColor: (c) => [r, g, b, c.alpha],
		getLineColor: [255, 255, 255, 200],
		lineWidthUnits: 'pixels',
		getLineWidth: 1
	});
}
