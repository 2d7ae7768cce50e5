/**
 * Key groups as data (issue 16 item 1, lane A): the admin names a group, picks its road
 * segments and its key area. Membership stays road_segments.key_group (the group's name), so a
 * rename renames the members in the same transaction and the map, the ranking and the
 * assessment read the new name with no code change. Each write is one audited transaction.
 */
import { area as areaOf } from '@turf/turf';
import type { Polygon } from 'geojson';
import { computeGeometryBbox } from '$geo/bbox';
import { DATA_WRITES } from '../contract/audit-actions';
import type { CreateKeyGroupBody, UpdateKeyGroupBody } from '../contract/key-group-requests';
import type { KeyGroupList, KeyGroupView } from '../contract/key-groups';
import type { Database, Transaction } from '../db/database';
import { AppError, NotFoundError } from '../errors';
import {
	CLEAR_ALL_MEMBERS_SQL,
	CLEAR_MEMBERS_SQL,
	DELETE_KEY_GROUP_SQL,
	GROUPS_USING_AREA_SQL,
	INSERT_KEY_AREA_SQL,
	INSERT_KEY_GROUP_SQL,
	KEY_AREA_BY_ID_SQL,
	KEY_AREAS_SQL,
	KEY_GROUP_BY_ID_SQL,
	KEY_GROUP_BY_NAME_SQL,
	KEY_GROUPS_LIST_SQL,
	NEXT_KEY_GROUP_ORDER_SQL,
	RENAME_MEMBERS_SQL,
	SEGMENTS_BY_IDS_SQL,
	SET_MEMBERS_SQL,
	UPDATE_KEY_AREA_SQL,
	UPDATE_KEY_GROUP_SQL
} from '../queries/key-groups';
import type { Actor } from './actor';
import { recordAudit } from './audit';

type Lang = 'zh-CN' | 'en';
type Area = CreateKeyGroupBody['area'];

type GroupRow = {
	id: string;
	name: string;
	areaZoneId: string | null;
	inspectEveryDays: number;
	sortOrder: number;
};

/** Segment ids a refusal names before "and N more". */
const LISTED = 5;

const parsePolygon = (text: string | null): Polygon | null => {
	if (!text) return null;
	try {
		const g = JSON.parse(text) as { type?: string };
		return g.type === 'Polygon' ? (g as Polygon) : null;
	} catch {
		return null;
	}
};

/** Every group with its members and area, and the key areas to choose from. */
export async function listKeyGroups(db: Pick<Database, 'query'>): Promise<KeyGroupList> {
	const rows = await db.query<
		GroupRow & {
			areaName: string | null;
			areaGeometry: string | null;
			segmentCount: number;
			lengthM: number;
			segmentIds: string[];
		}
	>(KEY_GROUPS_LIST_SQL);
	const areas = await db.query<{ id: string; name: string; geometry: string }>(KEY_AREAS_SQL);
	return {
		groups: rows.map(({ areaGeometry, ...g }) => ({
			...g,
			segmentCount: Number(g.segmentCount),
			lengthM: Math.round(Number(g.lengthM) * 10) / 10,
			segmentIds: [...g.segmentIds],
			area: parsePolygon(areaGeometry)
		})),
		keyAreas: areas.map((a) => ({ id: a.id, name: a.name, geometry: parsePolygon(a.geometry) }))
	};
}

async function findGroup(db: Pick<Database, 'query'>, id: string, lang: Lang): Promise<GroupRow> {
	const [row] = await db.query<GroupRow>(KEY_GROUP_BY_ID_SQL, { id });
	if (!row) {
		throw new NotFoundError(lang === 'en' ? `no key group ${id}` : `没有重点路段组 ${id}`);
	}
	return row;
}

async function assertFreeName(tx: Transaction, name: string, selfId: string | null, lang: Lang) {
	const [other] = await tx.query<{ id: string }>(KEY_GROUP_BY_NAME_SQL, { name });
	if (other && other.id !== selfId) {
		throw new AppError(
			409,
			'duplicate_name',
			lang === 'en'
				? `a key group named "${name}" already exists; choose another name`
				: `已有名为“${name}”的重点路段组，请换一个名称`
		);
	}
}

const listed = (ids: string[], lang: Lang) => {
	const shown = ids.slice(0, LISTED).join(lang === 'en' ? ', ' : '、');
	const more = ids.length - LISTED;
	if (more <= 0) return shown;
	return lang === 'en' ? `${shown} and ${more} more` : `${shown} 等 ${ids.length} 段`;
};

/**
 * Refuses ids no segment has (422) and segments already in another group (409, naming the
 * group), so one segment never silently moves between groups.
 */
async function checkMembers(tx: Transaction, ids: string[], groupName: string | null, lang: Lang) {
	const unique = [...new Set(ids)];
	if (unique.length === 0) return unique;
	const found = await tx.query<{ id: string; name: string; keyGroup: string | null }>(
		SEGMENTS_BY_IDS_SQL,
		{ ids: unique }
	);
	const known = new Set(found.map((s) => s.id));
	const unknown = unique.filter((id) => !known.has(id));
	if (unknown.length > 0) {
		throw new AppError(
			422,
			'unknown_segment',
			lang === 'en'
				? `no road segment ${listed(unknown, lang)}; pick segments on the map`
				: `没有路段 ${listed(unknown, lang)}，请在地图上选择路段`,
			{ segmentIds: unknown.slice(0, 100) }
		);
	}
	const taken = found.filter((s) => s.keyGroup !== null && s.keyGroup !== groupName);
	if (taken.length > 0) {
		const s = taken[0];
		const rest = taken.length - 1;
		throw new AppError(
			409,
			'segment_in_other_group',
			lang === 'en'
				? `road segment ${s.id} (${s.name}) is already in the key group "${s.keyGroup}"` +
						(rest > 0 ? ` (and ${rest} more segments in other groups)` : '') +
						'; take it out of that group first'
				: `路段 ${s.id}（${s.name}）已属于重点路段组“${s.keyGroup}”` +
						(rest > 0 ? `（另有 ${rest} 段属于其他组）` : '') +
						'，请先从该组移出',
			{ segments: taken.slice(0, 100).map((t) => ({ id: t.id, keyGroup: t.keyGroup })) }
		);
	}
	return unique;
}

/** The zone the group's area will be: an existing key_area, a drawn polygon, or none. */
async function resolveArea(
	tx: Transaction,
	area: Area,
	group: { name: string; areaZoneId: string | null; id: string },
	lang: Lang
): Promise<string | null> {
	if (area === null) return null;
	if ('zoneId' in area) {
		const [zone] = await tx.query<{ id: string; kind: string }>(KEY_AREA_BY_ID_SQL, {
			id: area.zoneId
		});
		if (!zone || zone.kind !== 'key_area') {
			throw new AppError(
				422,
				'unknown_key_area',
				lang === 'en'
					? `no key area ${area.zoneId}; pick one of the key areas or draw one`
					: `没有重点区域 ${area.zoneId}，请选择已有的重点区域或在地图上画出`
			);
		}
		return zone.id;
	}
	const ring = [...area.polygon];
	const [first, last] = [ring[0], ring[ring.length - 1]];
	if (first[0] !== last[0] || first[1] !== last[1]) ring.push(first);
	if (ring.length < 4) {
		throw new AppError(
			422,
			'invalid_area',
			lang === 'en' ? 'a key area needs at least 3 corners' : '重点区域至少需要 3 个点'
		);
	}
	const geometry: Polygon = { type: 'Polygon', coordinates: [ring] };
	const [minx, miny, maxx, maxy] = computeGeometryBbox(geometry);
	const shape = {
		areaM2: areaOf(geometry),
		geometry: JSON.stringify(geometry),
		minx,
		miny,
		maxx,
		maxy
	};
	// The group's own area is redrawn in place; one shared with another group is left alone.
	if (group.areaZoneId) {
		const [{ n }] = await tx.query<{ n: number }>(GROUPS_USING_AREA_SQL, { id: group.areaZoneId });
		const [zone] = await tx.query<{ kind: string }>(KEY_AREA_BY_ID_SQL, { id: group.areaZoneId });
		if (Number(n) <= 1 && zone?.kind === 'key_area') {
			await tx.run(UPDATE_KEY_AREA_SQL, { id: group.areaZoneId, ...shape });
			return group.areaZoneId;
		}
	}
	const id = `ka-${crypto.randomUUID().slice(0, 8)}`;
	await tx.run(INSERT_KEY_AREA_SQL, {
		id,
		name: lang === 'en' ? `${group.name} key area` : `${group.name}重点区域`,
		...shape
	});
	return id;
}

async function viewOf(tx: Pick<Database, 'query'>, id: string): Promise<KeyGroupView> {
	const { groups } = await listKeyGroups(tx);
	const view = groups.find((g) => g.id === id);
	if (!view) throw new Error(`key group ${id} vanished within its own transaction`);
	return view;
}

/** A new group with its members and area. */
export async function createKeyGroup(
	db: Database,
	actor: Actor,
	body: CreateKeyGroupBody,
	lang: Lang
): Promise<KeyGroupView> {
	return db.transaction(async (tx) => {
		await assertFreeName(tx, body.name, null, lang);
		const segmentIds = await checkMembers(tx, body.segmentIds, null, lang);
		const id = `kg-${crypto.randomUUID().slice(0, 10)}`;
		const areaZoneId = await resolveArea(
			tx,
			body.area,
			{ id, name: body.name, areaZoneId: null },
			lang
		);
		const [{ n }] = await tx.query<{ n: number }>(NEXT_KEY_GROUP_ORDER_SQL);
		await tx.run(INSERT_KEY_GROUP_SQL, {
			id,
			name: body.name,
			areaZoneId,
			inspectEveryDays: body.inspectEveryDays,
			sortOrder: Number(n)
		});
		if (segmentIds.length > 0) await tx.run(SET_MEMBERS_SQL, { name: body.name, ids: segmentIds });
		const after = await viewOf(tx, id);
		await recordAudit(tx, actor, {
			...DATA_WRITES.keyGroupCreate,
			entityId: id,
			after: auditShape(after)
		});
		return after;
	});
}

/** Renames (the members follow), changes members, area, cadence or order. */
export async function updateKeyGroup(
	db: Database,
	actor: Actor,
	id: string,
	body: UpdateKeyGroupBody,
	lang: Lang
): Promise<KeyGroupView> {
	return db.transaction(async (tx) => {
		const group = await findGroup(tx, id, lang);
		const before = await viewOf(tx, id);
		const name = body.name ?? group.name;
		if (name !== group.name) {
			await assertFreeName(tx, name, id, lang);
			await tx.run(RENAME_MEMBERS_SQL, { from: group.name, to: name });
		}
		if (body.segmentIds) {
			const ids = await checkMembers(tx, body.segmentIds, name, lang);
			if (ids.length === 0) await tx.run(CLEAR_ALL_MEMBERS_SQL, { name });
			else {
				await tx.run(CLEAR_MEMBERS_SQL, { name, ids });
				await tx.run(SET_MEMBERS_SQL, { name, ids });
			}
		}
		const areaZoneId =
			body.area === undefined
				? group.areaZoneId
				: await resolveArea(tx, body.area, { ...group, name }, lang);
		await tx.run(UPDATE_KEY_GROUP_SQL, {
			id,
			name,
			areaZoneId,
			inspectEveryDays: body.inspectEveryDays ?? group.inspectEveryDays,
			sortOrder: body.sortOrder ?? group.sortOrder
		});
		const after = await viewOf(tx, id);
		await recordAudit(tx, actor, {
			...DATA_WRITES.keyGroupUpdate,
			entityId: id,
			before: auditShape(before),
			after: auditShape(after)
		});
		return after;
	});
}

/** Deletes the group; its segments leave it (their roads stay). The key area zone stays. */
export async function deleteKeyGroup(db: Database, actor: Actor, id: string, lang: Lang) {
	return db.transaction(async (tx) => {
		const group = await findGroup(tx, id, lang);
		const before = await viewOf(tx, id);
		await tx.run(CLEAR_ALL_MEMBERS_SQL, { name: group.name });
		await tx.run(DELETE_KEY_GROUP_SQL, { id });
		await recordAudit(tx, actor, {
			...DATA_WRITES.keyGroupDelete,
			entityId: id,
			before: auditShape(before)
		});
		return { id, deleted: true };
	});
}

/** The audit row's record: no outline (it can be long), its members by id. */
function auditShape(v: KeyGroupView) {
	const { area: _area, ...rest } = v;
	return rest;
}
