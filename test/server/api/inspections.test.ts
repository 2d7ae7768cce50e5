/**
 * 环卫考核 inspections (issue 16 item 2, lane B) on the mini town: scores stored against hand
 * calculations, a deduction's 同时立案 case linked both ways, one write per Idempotency-Key,
 * refusals, the catalogue's edits (audited, used by new inspections only) and the phone's
 * suggestions. 中山路 r01-s02 runs 113.09 → 113.10 E along 22.955 N (≈ 1 025 m: sections
 * 0–300, 300–600, 600–1 025 m); it belongs to 十路一区, whose key area is key-core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../server/contract/accounts';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';
import { makeJpeg, tempPhotoRoot } from '../../helpers/photos';
import { createTestApp } from '../../helpers/signed-in-app';
import { auditRows, createClock, requester, type Json } from './case-helpers';

const clock = createClock('2025-10-10T10:00:00');
let db: Database;
const photos = tempPhotoRoot();
const apps = new Map<string, ReturnType<typeof createTestApp>>();
const appAs = (role: Role, username = `insp-${role}`) => {
	if (!apps.has(username)) {
		apps.set(
			username,
			createTestApp(
				{ db, version: 'test', now: clock.now, photosDir: photos.root },
				{ role, zones: role === 'grid' ? ['c02'] : [], username }
			)
		);
	}
	return apps.get(username)!;
};
const as = (role: Role, username?: string) => requester(appAs(role, username));

beforeAll(async () => {
	db = await createMiniTownStore();
	// The registry: the road's contractor, and a segment of it given to another (segment wins).
	await db.run(
		`INSERT INTO responsibilities (target_kind, target_id, person, unit, valid_from, changed_by) VALUES
		('road', 'r01', '王队长', '环卫一队', TIMESTAMP '2025-01-01 00:00:00', 'test'),
		('segment', 'r01-s02', '李经理', '洁美保洁公司', TIMESTAMP '2025-06-01 00:00:00', 'test')`
	);
});
afterAll(async () => {
	await db.close();
	photos.remove();
});

const section = (index: number, extra: Record<string, unknown> = {}) => ({
	form: 'section',
	segment_id: 'r01-s02',
	section_index: index,
	marks: { c1: 4, c2: 3, c3: 5, c4: 2 },
	...extra
});

async function inspect(body: Record<string, unknown>, headers: Record<string, string> = {}) {
	const res = await as('inspector').post('/api/inspections', body, headers);
	expect(res.status, JSON.stringify(res.body)).toBe(201);
	return res.body as Json;
}

describe('POST /api/inspections', () => {
	it('stores the section score of hand calculation, its copies and a case opened from a deduction', async () => {
		const body = await inspect(
			section(1, {
				deductions: [
					{
						item: 'waste_pile',
						count: 2,
						note: '桥下两堆',
						open_case: true,
						lng: 113.0945,
						lat: 22.9551
					},
					{ item: 'litter', count: 1 }
				],
				note: '早班后'
			})
		);
		// 6·4 + 6·3 + 4·5 + 4·2 = 24 + 18 + 20 + 8 = 70; less 2 × 5 + 1 × 2 = 12 → 58.
		expect(body).toMatchObject({
			form: 'section',
			level: 'town',
			section: 'r01-s02#1',
			fromM: 300,
			toM: 600,
			roadId: 'r01',
			roadName: '中山路',
			groupName: '十路一区',
			cleaningUnit: '洁美保洁公司',
			communityId: 'c02',
			zoneId: 'c02-g01',
			inspector: 'insp-inspector',
			inspectedAt: '2025-10-10T10:00:00',
			marks: { c1: 4, c2: 3, c3: 5, c4: 2 },
			baseScore: 70,
			deducted: 12,
			score: 58,
			note: '早班后'
		});
		expect(body.groupId).toMatch(/^kg-/);
		// The section's line: 300 m to 600 m east along 22.955 N.
		expect(body.line.coordinates[0][0]).toBeGreaterThan(113.092);
		expect(body.line.coordinates.at(-1)[0]).toBeLessThan(113.0959);
		const [pile, litter] = body.deductions;
		expect(pile).toMatchObject({
			seq: 1,
			item: 'waste_pile',
			points: 5,
			count: 2,
			nameZh: '垃圾堆积未清'
		});
		expect(litter).toMatchObject({ seq: 2, item: 'litter', points: 2, count: 1, caseId: null });
		// The case: the item's category, at the deduction's place, linked back to the inspection.
		const kase = await as('planner').get(`/api/cases/${pile.caseId}`);
		expect(kase.status).toBe(200);
		expect(kase.body).toMatchObject({
			category: 'accumulated_waste',
			source: 'inspection',
			lng: 113.0945,
			lat: 22.9551,
			origin: { kind: 'inspection', id: body.id }
		});
		expect(kase.body.deadline).toBeTruthy();
		expect((await auditRows(db, body.id)).map((r) => r.action)).toEqual(['inspection.create']);
		expect((await auditRows(db, pile.caseId)).map((r) => r.action)).toEqual(['case.create']);
		// The list and the detail show it with its case.
		const list = await as('leader').get('/api/inspections?segment=r01-s02');
		expect(list.body.inspections).toContainEqual(
			expect.objectContaining({ id: body.id, score: 58, deductionCount: 2, caseIds: [pile.caseId] })
		);
		const detail = await as('planner').get(`/api/inspections/${body.id}`);
		expect(detail.body).toEqual(body);
	});

	it('scores the key area by deduction: 100 less its deductions, never below 0', async () => {
		const area = await inspect({
			form: 'area',
			zone_id: 'key-core',
			level: 'district',
			deductions: [{ item: 'uncleaned_area', count: 1 }]
		});
		expect(area).toMatchObject({
			form: 'area',
			level: 'district',
			zoneId: 'key-core',
			groupName: '十路一区'
		});
		expect(area).toMatchObject({
			baseScore: 100,
			deducted: 10,
			score: 90,
			marks: null,
			line: null
		});
		clock.set('2025-10-10T10:05:00');
		const floor = await inspect({
			form: 'area',
			zone_id: 'key-core',
			deductions: [{ item: 'uncleaned_area', count: 11 }]
		});
		expect(floor).toMatchObject({ deducted: 110, score: 0 });
	});

	it('writes once for a resent Idempotency-Key and answers the first result', async () => {
		const key = { 'idempotency-key': 'insp-once-1' };
		const first = await inspect(
			section(2, { deductions: [{ item: 'litter', count: 3, open_case: true }] }),
			key
		);
		const again = await as('inspector').post(
			'/api/inspections',
			section(2, { deductions: [{ item: 'litter', count: 3, open_case: true }] }),
			key
		);
		expect(again.status).toBe(201);
		expect(again.body).toEqual(first);
		const [{ n, cases }] = await db.query<{ n: number; cases: number }>(
			`SELECT count(*)::INTEGER AS n,
				(SELECT count(*)::INTEGER FROM case_links WHERE kind = 'inspection' AND ref = $id) AS cases
			 FROM inspections WHERE idempotency_key = 'insp-once-1'`,
			{ id: first.id }
		);
		expect(n).toBe(1);
		expect(cases).toBe(1);
		// 70 − 3 × 2 = 64.
		expect(first.score).toBe(64);
	});

	it('takes a deduction photo in a multipart form and links it to the case', async () => {
		const form = new FormData();
		form.append(
			'body',
			JSON.stringify(
				section(0, { deductions: [{ item: 'waste_pile', count: 1, open_case: true }] })
			)
		);
		form.append(
			'd0',
			new File([new Uint8Array(await makeJpeg(320, 240))], 'p.jpg', { type: 'image/jpeg' })
		);
		const res = await appAs('inspector').request('/api/inspections', {
			method: 'POST',
			body: form,
			headers: { 'idempotency-key': 'insp-photo-1' }
		});
		const body = (await res.json()) as Json;
		expect(res.status, JSON.stringify(body)).toBe(201);
		expect(body.score).toBe(65);
		const [d] = body.deductions;
		expect(d.photoIds).toHaveLength(1);
		const kase = await as('planner').get(`/api/cases/${d.caseId}`);
		expect(kase.body.photos).toEqual(d.photoIds);
	});

	it('refuses bad forms with a 4xx that says what is wrong, and the grid role with 403', async () => {
		const cases: [Record<string, unknown>, number, RegExp][] = [
			[section(1, { marks: { c1: 6, c2: 3, c3: 5, c4: 2 } }), 400, /marks\.c1/],
			[section(1, { deductions: [{ item: 'no_such_item', count: 1 }] }), 400, /扣分项/],
			[section(9), 400, /第 10 段/],
			[{ ...section(0), segment_id: 'nowhere' }, 404, /路段/],
			[{ form: 'section', segment_id: 'r01-s02', section_index: 0 }, 400, /C1–C4/],
			[{ form: 'area', zone_id: 'key-core', marks: { c1: 1, c2: 1, c3: 1, c4: 1 } }, 400, /扣分法/],
			[{ form: 'area', zone_id: 'c01' }, 404, /重点区域/],
			[section(1, { inspected_at: '2025-10-11T10:00:00' }), 400, /晚于当前时间/]
		];
		const audited = async () =>
			(
				await db.query<{ n: number }>(
					`SELECT count(*)::INTEGER AS n FROM audit_log WHERE action = 'inspection.create'`
				)
			)[0].n;
		const before = await audited();
		for (const [body, status, message] of cases) {
			const res = await as('inspector').post('/api/inspections', body);
			expect(res.status, JSON.stringify(body)).toBe(status);
			expect(res.body.error.message).toMatch(message);
		}
		expect(await audited()).toBe(before);
		expect((await as('grid').post('/api/inspections', section(1))).status).toBe(403);
		expect((await as('grid').get('/api/inspections')).status).toBe(403);
		expect(
			(await as('grid').get('/api/inspections/suggestions?lng=113.09&lat=22.955')).status
		).toBe(403);
		expect((await as('inspector').get('/api/inspections/I-none')).status).toBe(404);
	});
});

describe('the deduction catalogue', () => {
	it('every role reads it; only the admin edits; an edit is audited and used by new inspections only', async () => {
		const list = await as('grid').get('/api/deduction-items');
		expect(list.body.items.map((i: Json) => [i.code, i.points])).toEqual([
			['uncleaned_area', 10],
			['waste_pile', 5],
			['litter', 2]
		]);
		const old = await inspect(section(1, { deductions: [{ item: 'litter', count: 2 }] }));
		expect(old.score).toBe(66);
		expect((await as('planner').put('/api/deduction-items/litter', { points: 3 })).status).toBe(
			403
		);
		const edited = await as('admin').put('/api/deduction-items/litter', { points: 3 });
		expect(edited.status).toBe(200);
		expect(edited.body.points).toBe(3);
		const [row] = await db.query<{ before: string; after: string }>(
			`SELECT before, after FROM audit_log WHERE action = 'deduction_item.update' AND entity_id = 'litter'`
		);
		expect(JSON.parse(row.before).points).toBe(2);
		expect(JSON.parse(row.after).points).toBe(3);
		// New: 70 − 2 × 3 = 64. Old: still 70 − 2 × 2 = 66, its deduction still 2 points.
		const fresh = await inspect(section(1, { deductions: [{ item: 'litter', count: 2 }] }));
		expect(fresh.score).toBe(64);
		const again = await as('planner').get(`/api/inspections/${old.id}`);
		expect(again.body.score).toBe(66);
		expect(again.body.deductions[0].points).toBe(2);
	});

	it('adds an item; refuses an unknown case category, a used code, and 同时立案 on an item with no category', async () => {
		const item = {
			code: 'bin_overflow',
			nameZh: '果皮箱满溢',
			nameEn: 'Overflowing litter bin',
			points: 1,
			scope: 'section'
		};
		const bad = await as('admin').post('/api/deduction-items', { ...item, caseCategory: 'nope' });
		expect(bad.status).toBe(400);
		expect(bad.body.error.message).toMatch(/案件类别/);
		const added = await as('admin').post('/api/deduction-items', item);
		expect(added.status).toBe(201);
		expect(added.body).toMatchObject({ ...item, caseCategory: null, active: true, sortOrder: 4 });
		expect((await as('admin').post('/api/deduction-items', item)).status).toBe(409);
		expect((await auditRows(db, 'bin_overflow')).map((r) => r.action)).toEqual([
			'deduction_item.create'
		]);
		const refused = await as('inspector').post(
			'/api/inspections',
			section(0, { deductions: [{ item: 'bin_overflow', count: 1, open_case: true }] })
		);
		expect(refused.status).toBe(400);
		expect(refused.body.error.message).toMatch(/不能立案/);
		// Scope `section`: not on the area form.
		const area = await as('inspector').post('/api/inspections', {
			form: 'area',
			zone_id: 'key-core',
			deductions: [{ item: 'bin_overflow', count: 1 }]
		});
		expect(area.status).toBe(400);
	});
});

describe('GET /api/inspections/suggestions', () => {
	it('puts never-inspected sections first and says why an inspected one is suggested', async () => {
		// Two days on (less an hour), section 1 again, clean: 70.
		clock.set('2025-10-12T09:00:00');
		await inspect(section(1));
		const res = await as('inspector').get('/api/inspections/suggestions?lng=113.0944&lat=22.9552');
		expect(res.status).toBe(200);
		const { sections, nearest, areas } = res.body;
		// The phone stands on r01-s02's second section.
		expect(nearest.section).toBe('r01-s02#1');
		expect(nearest.distanceM).toBeLessThan(25);
		const inspected = new Set(['r01-s02#0', 'r01-s02#1', 'r01-s02#2']);
		const firstInspected = sections.findIndex((s: Json) => inspected.has(s.section));
		expect(sections.slice(0, firstInspected).every((s: Json) => s.reasons.includes('never'))).toBe(
			true
		);
		const s1 = sections.find((s: Json) => s.section === 'r01-s02#1');
		expect(s1).toMatchObject({
			roadName: '中山路',
			groupName: '十路一区',
			daysSince: 0,
			lastScore: 70
		});
		expect(s1.reasons).toEqual(['deductions', 'open_cases']);
		// Section 0: last inspected 2025-10-10 10:00, 23 hours short of two days: 1 day.
		const s0 = sections.find((s: Json) => s.section === 'r01-s02#0');
		expect(s0).toMatchObject({ daysSince: 1, lastScore: 65 });
		expect(areas).toEqual([
			expect.objectContaining({ zoneId: 'key-core', groupName: '十路一区', lastScore: 0 })
		]);
	});
});
