/** The static town: outline, streets, water, zones, key area and places. */
import type { Polygon } from 'geojson';
import type { PoiRecord, RoadSegmentRecord, ZoneRecord } from '../contract/records';
import type { XY } from './frame';
import { outlineKeyArea } from './key-area';
import { drawTownOutline } from './outline';
import { placePois, type Poi } from './pois';
import type { Rng } from '../domain/random/seeded-random';
import { byId, poiRecord, roadRecord, zoneRecord } from './records';
import { traceRiver } from './river';
import { buildStreets, type StreetNetwork } from './streets';
import { digPonds, isOnLand, type Water } from './water';
import { layOutZones, zoneCentroid, type Zone } from './zones';

export interface Town {
	outline: XY[];
	net: StreetNetwork;
	water: Water;
	coreRing: XY[];
	communities: Zone[];
	pois: Poi[];
	onLand: (p: XY) => boolean;
	records: { zones: ZoneRecord[]; roads: RoadSegmentRecord[]; pois: PoiRecord[] };
}

export function buildTown(rng: Rng): Town {
	const outline = drawTownOutline(rng.fork('outline'));
	const net = buildStreets(rng.fork('streets'));
	const water: Water = {
		riverLine: traceRiver(net.nodes, rng.fork('river')),
		ponds: digPonds(net.nodes, rng.fork('ponds'))
	};
	const onLand = (p: XY) => isOnLand(p, outline, water);
	const keyArea = outlineKeyArea(net.nodes);
	const coreRing = keyArea.coordinates[0] as XY[];
	const { communities, grids } = layOutZones(outline, zoneCentroid(keyArea), rng.fork('zones'));
	const pois = placePois(rng.fork('pois'), { net, outline, water, coreRing, onLand });
	const townZone: Polygon = { type: 'Polygon', coordinates: [outline] };
	const zones: ZoneRecord[] = [
		zoneRecord({
			id: 'town',
			name: '安澜镇',
			kind: 'street',
			parentId: null,
			responsible: '安澜镇人民政府',
			geometry: townZone
		}),
		zoneRecord({
			id: 'key-core',
			name: '商业核心区',
			kind: 'key_area',
			parentId: 'town',
			responsible: '安澜镇城市管理办公室',
			geometry: keyArea
		}),
		...communities.map(zoneRecord),
		...grids.map(zoneRecord)
	].sort(byId);
	return {
		outline,
		net,
		water,
		coreRing,
		communities,
		pois,
		onLand,
		records: {
			zones,
			roads: net.segments.map((s) => roadRecord(s, communities)).sort(byId),
			pois: pois.map(poiRecord).sort(byId)
		}
	};
}
