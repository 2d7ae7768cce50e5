import { TextLayer } from '@deck.gl/layers';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { LayerFeature } from '../../../../server/contract/layers';
import { lineLabelAnchor } from '$geo/line-label';
import { polygonLabelPoint } from '$geo/polygon-label-point';
import { hexToRgba, MAP_COLORS, type Rgba } from '../colors';
import type { PlacedLabel } from './label-placement';
import { isKeyRoad } from './roads';

/** Browser fonts for map text; Noto Sans CJK SC is what the test browser has. */
export const LABEL_FONT_FAMILY =
	'"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

const LABELLED_ZONE_KINDS = ['community', 'village', 'key_area'];

export interface LabelDatum {
	id: string;
	text: string;
	position: [number, number];
	/** Degrees counter-clockwise from east. */
	angle: number;
	size: number;
	color: Rgba;
	/** Placement order when labels collide: communities and villages 0, key area 1, roads 2. */
	priority: number;
}

function zoneLabels(zones: readonly LayerFeature<'zones'>[]): LabelDatum[] {
	const labels: LabelDatum[] = [];
	for (const zone of zones) {
		const g = zone.geometry;
		if (!LABELLED_ZONE_KINDS.includes(zone.properties.kind)) continue;
		if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') continue;
		const position = polygonLabelPoint(g as Polygon | MultiPolygon);
		if (!position) continue;
		const keyArea = zone.properties.kind === 'key_area';
		labels.push({
			id: `zone:${zone.properties.id}`,
			text: zone.properties.name,
			position,
			angle: 0,
			size: keyArea ? 13 : 14,
			color: hexToRgba(keyArea ? MAP_COLORS.keyArea : MAP_COLORS.labelZone),
			priority: keyArea ? 1 : 0
		});
	}
	return labels;
}

/** One label per key road, at the middle of its longest segment, along the road. */
function roadLabels(roads: readonly LayerFeature<'roads'>[]): LabelDatum[] {
	const longest = new Map<string, LayerFeature<'roads'>>();
	for (const road of roads) {
		if (!isKeyRoad(road) || road.geometry?.type !== 'LineString') continue;
		const best = longest.get(road.properties.roadId);
		if (!best || road.properties.lengthM > best.properties.lengthM) {
			longest.set(road.properties.roadId, road);
		}
	}
	const labels: LabelDatum[] = [];
	for (const [roadId, road] of longest) {
		const anchor = lineLabelAnchor((road.geometry as { coordinates: Position[] }).coordinates);
		if (!anchor) continue;
		labels.push({
			id: `road:${roadId}`,
			text: road.properties.name,
			...anchor,
			size: 12,
			color: hexToRgba(MAP_COLORS.labelRoad),
			priority: 2
		});
	}
	return labels;
}

/** Names of communities, villages and the key area, then key roads (drawn last, on top). */
export function formatLabels(
	zones: readonly LayerFeature<'zones'>[],
	roads: readonly LayerFeature<'roads'>[]
): LabelDatum[] {
	return [...zoneLabels(zones), ...roadLabels(roads)];
}

export function renderLabels(labels: PlacedLabel[]) {
	return new TextLayer<PlacedLabel>({
		id: 'labels:text',
		data: labels,
		pickable: false,
		// MapLibre symbol layers would need a glyph server; deck.gl draws Chinese from browser fonts.
		characterSet: 'auto',
		fontFamily: LABEL_FONT_FAMILY,
		fontWeight: 600,
		fontSettings: { sdf: true, fontSize: 64, buffer: 8, radius: 16 },
		outlineWidth: 4,
		outlineColor: hexToRgba(MAP_COLORS.halo, 235),
		sizeUnits: 'pixels',
		getText: (d) => d.text,
		getPosition: (d) => d.position,
		getAngle: (d) => d.angle,
		getSize: (d) => d.size,
		getColor: (d) => d.color,
		getPixelOffset: (d) => d.offset,
		getTextAnchor: 'middle',
		getAlignmentBaseline: 'center'
	});
}
