import { ScatterplotLayer } from '@deck.gl/layers';
import type { LayerFeature } from '../../../../server/contract/layers';
import { OPEN_STATUSES, type CaseStatus } from '../../api/codes';
import type { BlindSpotColorMode } from '../../state/symbology.svelte';
import {
	categoryColor,
	hexToRgba,
	MAP_COLORS,
	OVERDUE_RING,
	STATUS_COLORS,
	type Rgba
} from '../colors';
import { POINT_LAYER_DEFAULTS } from './point-defaults';
import { pointOf } from './point-of';

/** Open cases are drawn larger, opaque and on top; closed ones small and faded. */
export const OPEN_RADIUS_PX = 6;
export const CLOSED_RADIUS_PX = 3.5;
const CLOSED_ALPHA = 140;

export interface BlindSpotPoint {
	position: [number, number];
	color: Rgba;
	radius: number;
	open: boolean;
	/** Open past its deadline: drawn with a red ring. */
	overdue: boolean;
	feature: LayerFeature<'blindspots'>;
}

export interface BlindSpotFormatOptions {
	colorBy: BlindSpotColorMode;
	/** Category codes in catalogue order; a category's colour is its index there. */
	categoryCodes: readonly string[];
}

export function isOpenStatus(status: string): boolean {
	return (OPEN_STATUSES as readonly string[]).includes(status);
}

export function formatBlindSpots(
	features: readonly LayerFeature<'blindspots'>[],
	options: BlindSpotFormatOptions
): BlindSpotPoint[] {
	const points: BlindSpotPoint[] = [];
	for (const feature of features) {
		const position = pointOf(feature.geometry);
		if (!position) continue;
		const { status, category } = feature.properties;
		const open = isOpenStatus(status);
		const hex =
			options.colorBy === 'status'
				? (STATUS_COLORS[status as CaseStatus] ?? MAP_COLORS.fallback)
				: categoryColor(category, options.categoryCodes);
		points.push({
			position,
			feature,
			open,
			overdue: open && feature.properties.overdue === true,
			color: hexToRgba(hex, open ? 255 : CLOSED_ALPHA),
			radius: open ? OPEN_RADIUS_PX : CLOSED_RADIUS_PX
		});
	}
	// Closed first, so open cases paint over them.
	return points.sort((a, b) => Number(a.open) - Number(b.open));
}

const OVERDUE_RING_RGBA = hexToRgba(OVERDUE_RING, 255);

export function renderBlindSpots(points: BlindSpotPoint[]) {
	return new ScatterplotLayer<BlindSpotPoint>({
		id: 'blindspots:points',
		data: points,
		...POINT_LAYER_DEFAULTS,
		getPosition: (d) => d.position,
		getRadius: (d) => d.radius,
		getFillColor: (d) => d.color,
		getLineColor: (d) =>
			d.overdue ? OVERDUE_RING_RGBA : d.open ? [255, 255, 255, 255] : [255, 255, 255, 120],
		getLineWidth: (d) => (d.overdue ? 3 : d.open ? 1.5 : 0.5)
	});
}
