/**
 * Key groups as the web reads them (issue 16 item 1, lane A): zod-free, so the map, the
 * ranking and the admin page share the shapes. Membership is road_segments.key_group.
 */
import type { Polygon } from 'geojson';
import type { KeyGroup } from './assessment';

/** A group with its members and its key area's outline. */
export interface KeyGroupView extends KeyGroup {
	/** Name of the key area zone, or null. */
	areaName: string | null;
	/** The key area's outline (GeoJSON), or null when the group has none. */
	area: Polygon | null;
	/** Member road segments, by id. */
	segmentIds: string[];
}

/** A zone of kind `key_area` the admin may attach to a group. */
export interface KeyAreaOption {
	id: string;
	name: string;
	geometry: Polygon | null;
}

/** `GET /api/key-groups`: the groups in their order, and the key areas to pick from. */
export interface KeyGroupList {
	groups: KeyGroupView[];
	keyAreas: KeyAreaOption[];
}

/** Longest cadence an admin may set: a year. */
export const MAX_INSPECT_EVERY_DAYS = 366;
/** Most members one group may list (a whole town's network is a few thousand segments). */
export const MAX_GROUP_SEGMENTS = 20_000;
/** Most corners of a drawn key area. */
export const MAX_AREA_POINTS = 500;
