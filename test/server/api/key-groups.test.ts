import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadinessResponse } from '../../../server/contract/assessment-readiness';
import type { KeyGroupList, KeyGroupView } from '../../../server/contract/key-groups';
import type { Database } from '../../../server/db/database';
import { loadDataset } from '../../../server/ingest/load-dataset';
import { readAuditLog } from '../../helpers/audited-app';
import { createEmptyStore, createMiniTownDataset } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

/**
 * Key groups as data (issue 16 item 1): the mini town's 十路一区 (中山路 r01-s01, r01-s02, and
 * the key area key-core) is renamed and re-membered through the API, and the roads layer and
 * the road ranking follow with no code change.
 */
let db: Database;
let admin: TestApp;
let planner: TestApp;
let grid: TestApp;
beforeAll(async () => {
	const dataset = createMiniTownDataset();
	// Two reports onto 中山路 r01-s01 and one onto 建设路 r02-s01 (as hotspot-roads-priorities).
	const moves: Record<string, [number, number]> = {
		B0001: [113.0831, 22.9552],
		B0002: [113.0832, 22.9551],
		B0004: [113.0901, 22.952]
	};
	for (const b of dataset.blindSpots) if (moves[b.id]) [b.lng, b.lat] = moves[b.id];
	db = await createEmptyStore();
	await loadDataset(db, dataset);
	const options = { db, version: 'test' };
	admin = createTestApp(options, { role: 'admin' });
	planner = createTestApp(options, { role: 'planner' });
	grid = createTestApp(options, { role: 'grid', zones: ['c01-g01'] });
});
afterAll(async () => db.close());

const json = (app: TestApp, method: string, path: string, body?: unknown, lang = 'zh-CN') =>
	app.request(path, {
		method,
		headers: { 'content-type': 'application/json', 'accept-language': lang },
		body: body === undefined ? undefined : JSON.stringify(body)
	});

const groups = async (app: TestApp = admin) =>
	((await (await app.request('/api/key-groups')).json()) as KeyGroupList).groups;

const roadGroups = async () => {
	const body = (await (await admin.request('/api/layers/roads')).json()) as {
		features: { properties: { id: string; keyGroup: string | null } }[];
	};
	return Object.fromEntries(body.features.map((f) => [f.properties.id, f.properties.keyGroup]));
};

const ranking = async (keyGroup: string) => {
	const res = await admin.request(`/api/hotspots/roads?keyGroup=${encodeURIComponent(keyGroup)}`);
	return { status: res.status, body: await res.json() };
};

/** The 迎检 view of the group named `name`: its roads, and the open cases on or near them. */
const readiness = async (name: string) => {
	const body = (await (
		await admin.request('/api/assessment/readiness')
	).json()) as ReadinessResponse;
	const group = body.groups.find((g) => g.name === name);
	return group && { roads: group.roads.map((r) => r.name), cases: group.cases.map((c) => c.id) };
};

describe('GET /api/key-groups', () => {
	it('lists the loaded group with its members, length and key area, to every role', async () => {
		const [g] = await groups(grid);
		expect(g).toMatchObject({
			name: '十路一区',
			areaZoneId: 'key-core',
			areaName: '商业核心区',
			inspectEveryDays: 7,
			segmentCount: 2,
			segmentIds: ['r01-s01', 'r01-s02']
		});
		// 1024.1 m + 1023.9 m, the two stored lengths of 中山路.
		expect(g.lengthM).toBeCloseTo(2048.0, 0);
		expect(g.area?.type).toBe('Polygon');
	});
});

describe('renaming a group and changing its members through the API', () => {
	let id: string;
	const READINESS_BEFORE: { cases: string[] } = { cases: [] };
	it('renames the group: the roads layer and the ranking follow with no code change', async () => {
		id = (await groups())[0].id;
		const res = await json(admin, 'PUT', `/api/key-groups/${id}`, { name: '城区主干道' });
		expect(res.status).toBe(200);
		expect(((await res.json()) as KeyGroupView).name).toBe('城区主干道');
		expect(await roadGroups()).toEqual({
			'r01-s01': '城区主干道',
			'r01-s02': '城区主干道',
			'r02-s01': null,
			'r02-s02': null
		});
		const renamed = await ranking('城区主干道');
		expect(renamed.status).toBe(200);
		expect(renamed.body.segments.map((s: { id: string }) => s.id)).toEqual(['r01-s01', 'r01-s02']);
		expect(renamed.body.segments[0]).toMatchObject({ rank: 1, reports: 2, keyGroup: '城区主干道' });
		// The old name is no group any more: refused with the groups there are.
		const old = await ranking('十路一区');
		expect(old.status).toBe(400);
		expect(old.body.error.message).toContain('城区主干道');
		// The 迎检 view names the group by its new name, with the same road.
		expect(await readiness('十路一区')).toBeUndefined();
		expect((await readiness('城区主干道'))?.roads).toEqual(['中山路']);
		READINESS_BEFORE.cases = (await readiness('城区主干道'))!.cases;
	});

	it('changes its members: 建设路 r02-s01 in, 中山路 r01-s02 out', async () => {
		const res = await json(admin, 'PUT', `/api/key-groups/${id}`, {
			segmentIds: ['r01-s01', 'r02-s01'],
			inspectEveryDays: 14
		});
		expect(res.status).toBe(200);
		expect(await res.json()).toMatchObject({ segmentCount: 2, inspectEveryDays: 14 });
		expect(await roadGroups()).toEqual({
			'r01-s01': '城区主干道',
			'r01-s02': null,
			'r02-s01': '城区主干道',
			'r02-s02': null
		});
		const { body } = await ranking('城区主干道');
		// 2 reports / 1024.1 m beat 1 report / 556.0 m (0.195 vs 0.180 per 100 m).
		expect(body.segments.map((s: { id: string; rank: number }) => [s.rank, s.id])).toEqual([
			[1, 'r01-s01'],
			[2, 'r02-s01']
		]);
		// 迎检 follows: 建设路 joins, and the open case on it (B0004) is now the group's to clear.
		const after = (await readiness('城区主干道'))!;
		expect([...after.roads].sort()).toEqual(['中山路', '建设路'].sort());
		expect(READINESS_BEFORE.cases).not.toContain('B0004');
		expect(after.cases).toContain('B0004');
	});

	it('audits each write with the before and after members', async () => {
		const rows = (await readAuditLog(db)).filter((r) => r.entity === 'key_group');
		expect(rows.map((r) => r.action)).toEqual(['key_group.update', 'key_group.update']);
		expect(rows[1].before).toMatchObject({ segmentIds: ['r01-s01', 'r01-s02'] });
		expect(rows[1].after).toMatchObject({ segmentIds: ['r01-s01', 'r02-s01'] });
	});

	it('creates a second group with a drawn key area, which becomes a key_area zone', async () => {
		const polygon = [
			[113.085, 22.95],
			[113.095, 22.95],
			[113.095, 22.956]
		];
		const res = await json(admin, 'POST', '/api/key-groups', {
			name: '村街主干道',
			inspectEveryDays: 30,
			segmentIds: ['r02-s02'],
			area: { polygon }
		});
		expect(res.status).toBe(201);
		const made = (await res.json()) as KeyGroupView;
		expect(made).toMatchObject({ name: '村街主干道', segmentCount: 1, inspectEveryDays: 30 });
		expect(made.area?.coordinates[0]).toHaveLength(4);
		const [zone] = await db.query<{ kind: string; name: string; area_m2: number }>(
			'SELECT kind, name, area_m2 FROM zones WHERE id = $id',
			{ id: made.areaZoneId }
		);
		expect(zone).toMatchObject({ kind: 'key_area', name: '村街主干道重点区域' });
		// Half of 0.01° × 0.006°: ~1025 m × ~667 m / 2 at 22.95° N.
		expect(zone.area_m2).toBeGreaterThan(330_000);
		expect(zone.area_m2).toBeLessThan(355_000);
		expect((await groups()).map((g) => g.name)).toEqual(['城区主干道', '村街主干道']);
		expect((await ranking('村街主干道')).body.segments.map((s: { id: string }) => s.id)).toEqual([
			'r02-s02'
		]);
	});

	it('deletes a group: its segments leave it', async () => {
		const made = (await groups()).find((g) => g.name === '村街主干道')!;
		const res = await json(admin, 'DELETE', `/api/key-groups/${made.id}`);
		expect(res.status).toBe(200);
		expect((await roadGroups())['r02-s02']).toBeNull();
		expect((await groups()).map((g) => g.name)).toEqual(['城区主干道']);
	});
});

describe('refusals in the UI language', () => {
	it('refuses a duplicate name (409)', async () => {
		const zh = await json(admin, 'POST', '/api/key-groups', { name: '城区主干道' });
		expect(zh.status).toBe(409);
		expect((await zh.json()).error.message).toBe('已有名为“城区主干道”的重点路段组，请换一个名称');
		const en = await json(admin, 'POST', '/api/key-groups', { name: '城区主干道' }, 'en');
		expect((await en.json()).error.message).toContain('already exists');
	});

	it('refuses an unknown segment id (422), naming it', async () => {
		const res = await json(admin, 'POST', '/api/key-groups', {
			name: '新组',
			segmentIds: ['r01-s02', 'r09-s99']
		});
		expect(res.status).toBe(422);
		expect((await res.json()).error.message).toBe('没有路段 r09-s99，请在地图上选择路段');
	});

	it('refuses a segment already in another group (409), saying which', async () => {
		const res = await json(
			admin,
			'POST',
			'/api/key-groups',
			{ name: '新组', segmentIds: ['r01-s01'] },
			'en'
		);
		expect(res.status).toBe(409);
		expect((await res.json()).error.message).toBe(
			'road segment r01-s01 (中山路) is already in the key group "城区主干道"; take it out of that group first'
		);
		expect((await groups()).map((g) => g.name)).toEqual(['城区主干道']);
	});

	it('refuses out-of-range input with 400 and an unknown group with 404', async () => {
		const bad = await json(admin, 'POST', '/api/key-groups', {
			name: ' ',
			inspectEveryDays: 0,
			area: { polygon: [[113, 22]] }
		});
		expect(bad.status).toBe(400);
		const message = (await bad.json()).error.message as string;
		expect(message).toContain('name must not be empty');
		expect(message).toContain('inspectEveryDays must be from 1 to 366');
		expect(message).toContain('area');
		const unknownArea = await json(admin, 'POST', '/api/key-groups', {
			name: '新组',
			area: { zoneId: 'c01' }
		});
		expect(unknownArea.status).toBe(422);
		expect((await unknownArea.json()).error.message).toContain('没有重点区域 c01');
		const missing = await json(admin, 'PUT', '/api/key-groups/kg-none', { name: 'x' });
		expect(missing.status).toBe(404);
		expect((await missing.json()).error.message).toBe('没有重点路段组 kg-none');
	});

	it('lets only the admin write (403 for a planner), and nothing changes', async () => {
		const id = (await groups())[0].id;
		const put = await json(planner, 'PUT', `/api/key-groups/${id}`, { name: '改名' });
		expect(put.status).toBe(403);
		expect((await json(planner, 'POST', '/api/key-groups', { name: '改名' })).status).toBe(403);
		expect((await json(planner, 'DELETE', `/api/key-groups/${id}`)).status).toBe(403);
		expect((await groups(planner)).map((g) => g.name)).toEqual(['城区主干道']);
		// Refused writes leave no audit row: two renames/re-members, one create, one delete.
		const rows = (await readAuditLog(db)).filter((r) => r.entity === 'key_group');
		expect(rows.map((r) => r.action)).toEqual([
			'key_group.update',
			'key_group.update',
			'key_group.create',
			'key_group.delete'
		]);
	});
});
