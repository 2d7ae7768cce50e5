import { PolygonLayer, ScatterplotLayer } from '@deck.gl/layers';
import type { VolunteerActivityView, VolunteerKind } from '../../../../server/contract/patrols';
import { hexToRgba, type Rgba } from '../colors';
import { POINT_LAYER_DEFAULTS } from './point-defaults';

/** 义务清扫 bluish green, 义务消杀 orange (Okabe–Ito, apart from the frontage pass/fail hues). */
export const VOLUNTEER_COLORS: Record<VolunteerKind, string> = {
	cleanup: '#56b4e9',
	spraying: '#e69f00'
};

/** Opacity (0–255) of a worked area's fill; its outline is opaque. */
export const VOLUNTEER_AREA_ALPHA = 90;

export interface VolunteerArea {
	polygon: number[][][];
	fill: Rgba;
	line: Rgba;
	activity: VolunteerActivityView;
}

export interface VolunteerPoint {
	position: [number, number];
	color: Rgba;
	activity: VolunteerActivityView;
}

/**
 * An activity with a drawn area is a polygon; one without is a point at its place. Older work
 * is drawn first so the newest lies on top.
 */
export function formatVolunteers(activities: readonly VolunteerActivityView[]): {
	areas: VolunteerArea[];
	points: VolunteerPoint[];
} {
	const sorted = [...activities].sort((a, b) => a.heldOn.localeCompare(b.heldOn));
	const areas: VolunteerArea[] = [];
	const points: VolunteerPoint[] = [];
	for (const activity of sorted) {
		const hex = VOLUNTEER_COLORS[activity.kind];
		if (activity.area) {
			areas.push({
				polygon: activity.area.coordinates,
				fill: hexToRgba(hex, VOLUNTEER_AREA_ALPHA),
				line: hexToRgba(hex, 255),
				activity
			});
		} else {
			points.push({ position: [activity.lng, activity.lat], color: hexToRgba(hex), activity });
		}
	}
	return { areas, points };
}

export function renderVolunteers(
	data: { areas: VolunteerArea[]; points: VolunteerPoint[] },
	onPick: (activity: VolunteerActivityView) => void
) {
	const click = (info: { object?: { activity: VolunteerActivityView } | null }) => {
		if (!info.object) return false;
		onPick(info.object.activity);
		return true;
	};
	return [
		new PolygonLayer<VolunteerArea>({
			id: 'volunteers:areas',
			data: data.areas,
			pickable: true,
			stroked: true,
			filled: true,
			lineWidthUnits: 'pixels',
			getLineWidth: 2,
			getPolygon: (d) => d.polygon,
			getFillColor: (d) => d.fill,
			getLineColor: (d) => d.line,
			onClick: click
		}),
		new ScatterplotLayer<VolunteerPoint>({
			id: 'volunteers:points',
			data: data.points,
			...POINT_LAYER_DEFAULTS,
			getPosition: (d) => d.position,
			getRadius: 6,
			getFillColor: (d) => d.color,
			getLineColor: [255, 255, 255, 255],
			getLineWidth: 1.5,
			onClick: click
		})
	];
}
