import { PathLayer, ScatterplotLayer } from '@deck.gl/layers';
import {
	REPEAT_OFFENCES,
	type FrontageFeatureProperties,
	type LastCheckState
} from '../../../../server/contract/frontage';
import { hexToRgba, type Rgba } from '../colors';
import { POINT_LAYER_DEFAULTS } from './point-defaults';

/** A unit's colour by its last check: 合格 green, 不合格 red, 未检查 grey (Okabe–Ito hues). */
export const FRONTAGE_COLORS: Record<LastCheckState, string> = {
	pass: '#009e73',
	fail: '#d7191c',
	unchecked: '#9aa0a6'
};
/** A frontage line being redrawn on the unit page (blue, apart from the check colours). */
export const FRONTAGE_DRAFT_COLOR = '#1f6feb';
/** The ring round a repeat offender (≥ REPEAT_OFFENCES failures in 30 days). */
export const REPEAT_RING = '#5b1a8b';
/** Frontage lines are drawn from this zoom on (a street's 20 m is a few pixels below it). */
export const FRONTAGE_LINE_MIN_ZOOM = 15;

export interface FrontagePoint {
	position: [number, number];
	color: Rgba;
	repeat: boolean;
	unit: FrontageFeatureProperties;
}

export interface FrontagePath {
	path: [number, number][];
	color: Rgba;
	unit: FrontageFeatureProperties;
}

/** Units as coloured points (failures drawn last, on top) and their frontage lines. */
export function formatFrontage(units: readonly FrontageFeatureProperties[]): {
	points: FrontagePoint[];
	lines: FrontagePath[];
} {
	const order: Record<LastCheckState, number> = { unchecked: 0, pass: 1, fail: 2 };
	const sorted = [...units].sort((a, b) => order[a.lastCheck] - order[b.lastCheck]);
	return {
		points: sorted.map((unit) => ({
			position: [unit.lng, unit.lat],
			color: hexToRgba(FRONTAGE_COLORS[unit.lastCheck]),
			repeat: unit.recentFailures >= REPEAT_OFFENCES,
			unit
		})),
		lines: sorted.map((unit) => ({
			path: unit.frontage.coordinates,
			color: hexToRgba(FRONTAGE_COLORS[unit.lastCheck], 220),
			unit
		}))
	};
}

const RING = hexToRgba(REPEAT_RING);

export function renderFrontage(
	data: { points: FrontagePoint[]; lines: FrontagePath[] },
	zoom: number | null,
	onPick: (unit: FrontageFeatureProperties) => void
) {
	const click = (info: { object?: { unit: FrontageFeatureProperties } | null }) => {
		if (!info.object) return false;
		onPick(info.object.unit);
		return true;
	};
	const layers = [];
	if ((zoom ?? 0) >= FRONTAGE_LINE_MIN_ZOOM) {
		layers.push(
			new PathLayer<FrontagePath>({
				id: 'frontage:lines',
				data: data.lines,
				pickable: true,
				widthUnits: 'pixels',
				getWidth: 5,
				capRounded: true,
				getPath: (d) => d.path,
				getColor: (d) => d.color,
				onClick: click
			})
		);
	}
	layers.push(
		new ScatterplotLayer<FrontagePoint>({
			id: 'frontage:points',
			data: data.points,
			...POINT_LAYER_DEFAULTS,
			getPosition: (d) => d.position,
			getRadius: (d) => (d.repeat ? 6 : 5),
			getFillColor: (d) => d.color,
			getLineColor: (d) => (d.repeat ? RING : [255, 255, 255, 255]),
			getLineWidth: (d) => (d.repeat ? 3 : 1.5),
			onClick: click
		})
	);
	return layers;
}
