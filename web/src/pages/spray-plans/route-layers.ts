import { LineLayer, PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { LayersList } from '@deck.gl/core';
import type { LineString } from 'geojson';
import { hexToRgba, type Rgba } from '../../map/colors';
import { routeColor } from './route-format';

/** What the route map reads of a route: a plan's route and a saved route both fit. */
export interface DrawableRoute {
	teamId: string;
	geometry: LineString | null;
	start: { lng: number; lat: number };
	stops: readonly { id: string; seq: number; lng: number; lat: number; status?: string }[];
}

export interface RoutePath {
	teamId: string;
	path: [number, number][];
	color: Rgba;
}

export interface StopMarker {
	id: string;
	position: [number, number];
	/** Where the numbered disc is drawn when it was moved off a neighbour (spreadOnMap). */
	drawnAt?: [number, number];
	label: string;
	color: Rgba;
	/** A done or skipped stop is drawn faded. */
	visited: boolean;
}

export interface RouteLayerData {
	paths: RoutePath[];
	stops: StopMarker[];
	depots: [number, number][];
	candidates: [number, number][];
}

const CANDIDATE_COLOR: Rgba = [70, 70, 80, 200];

/**
 * Routes → deck data. `colorIndex` keeps a team's colour when one route is drawn alone (the
 * team page); candidates are the planner's stops not in any route yet.
 */
export function formatRouteLayers(
	routes: readonly DrawableRoute[],
	candidates: readonly { lng: number; lat: number }[] = [],
	colorIndex: (teamId: string, k: number) => number = (_, k) => k
): RouteLayerData {
	const paths: RoutePath[] = [];
	const stops: StopMarker[] = [];
	const depots = new Map<string, [number, number]>();
	routes.forEach((route, k) => {
		const color = hexToRgba(routeColor(colorIndex(route.teamId, k)));
		if (route.geometry)
			paths.push({
				teamId: route.teamId,
				path: route.geometry.coordinates as [number, number][],
				color
			});
		depots.set(`${route.start.lng},${route.start.lat}`, [route.start.lng, route.start.lat]);
		for (const s of route.stops)
			stops.push({
				id: s.id,
				position: [s.lng, s.lat],
				label: String(s.seq),
				color,
				visited: s.status === 'done' || s.status === 'skipped'
			});
	});
	return {
		paths,
		stops,
		depots: [...depots.values()],
		candidates: candidates.map((c) => [c.lng, c.lat])
	};
}

/** The markers with their discs drawn at `drawnAt` (same order), or as they are without it. */
export function placeStopMarkers(
	stops: readonly StopMarker[],
	drawnAt: readonly [number, number][] | null
): StopMarker[] {
	return drawnAt ? stops.map((s, k) => ({ ...s, drawnAt: drawnAt[k] })) : [...stops];
}

const moved = (d: StopMarker) =>
	!!d.drawnAt && (d.drawnAt[0] !== d.position[0] || d.drawnAt[1] !== d.position[1]);

/**
 * Deck layers: candidates, route lines, depot, numbered stop discs (numbers on top). A disc
 * moved off its neighbours is tied to its stop by a thin line from a dot at the stop.
 */
export function renderRouteLayers(data: RouteLayerData, stopRadiusPx = 11): LayersList {
	const displaced = data.stops.filter(moved);
	const disc = (d: StopMarker) => d.drawnAt ?? d.position;
	return [
		new ScatterplotLayer<[number, number]>({
			id: 'plan-routes:candidates',
			data: data.candidates,
			getPosition: (d) => d,
			getFillColor: CANDIDATE_COLOR,
			getLineColor: [255, 255, 255, 255],
			stroked: true,
			lineWidthUnits: 'pixels',
			getLineWidth: 1.5,
			radiusUnits: 'pixels',
			getRadius: 5
		}),
		new PathLayer<RoutePath>({
			id: 'plan-routes:paths',
			data: data.paths,
			getPath: (d) => d.path,
			getColor: (d) => d.color,
			getWidth: 5,
			widthUnits: 'pixels',
			capRounded: true,
			jointRounded: true
		}),
		new ScatterplotLayer<[number, number]>({
			id: 'plan-routes:depots',
			data: data.depots,
			getPosition: (d) => d,
			getFillColor: [31, 36, 48, 255],
			getLineColor: [255, 255, 255, 255],
			stroked: true,
			lineWidthUnits: 'pixels',
			getLineWidth: 3,
			radiusUnits: 'pixels',
			getRadius: 9
		}),
		new LineLayer<StopMarker>({
			id: 'plan-routes:leaders',
			data: displaced,
			getSourcePosition: (d) => d.position,
			getTargetPosition: (d) => d.drawnAt ?? d.position,
			getColor: [31, 36, 48, 220],
			getWidth: 1.5,
			widthUnits: 'pixels'
		}),
		new ScatterplotLayer<StopMarker>({
			id: 'plan-routes:stop-points',
			data: displaced,
			getPosition: (d) => d.position,
			getFillColor: [31, 36, 48, 255],
			radiusUnits: 'pixels',
			getRadius: 3
		}),
		new ScatterplotLayer<StopMarker>({
			id: 'plan-routes:stops',
			data: data.stops,
			getPosition: disc,
			getFillColor: (d) => (d.visited ? [150, 150, 150, 255] : d.color),
			getLineColor: [255, 255, 255, 255],
			stroked: true,
			lineWidthUnits: 'pixels',
			getLineWidth: 2,
			radiusUnits: 'pixels',
			getRadius: stopRadiusPx
		}),
		new TextLayer<StopMarker>({
			id: 'plan-routes:numbers',
			data: data.stops,
			getPosition: disc,
			getText: (d) => d.label,
			getColor: [255, 255, 255, 255],
			getSize: stopRadiusPx + 1,
			sizeUnits: 'pixels',
			fontWeight: 700,
			getTextAnchor: 'middle',
			getAlignmentBaseline: 'center'
		})
	];
}
