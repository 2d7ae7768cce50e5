/**
 * Issue 15 item 1 → issue 14 item 3: a case is proposed to the registry's holder of the nearest
 * place that has one — frontage unit (through the check that opened the case), road segment,
 * road, grid, community — and to the zones' free-text `responsible` only when the registry has
 * none. Hand-made: case B0001 of the mini town lies in community c01, grid c01-g01, on segment
 * r01-s01 of road r01; unit F1's check opened it, unit F2 is checked but unrelated.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

let db: Database;
let planner: TestApp;

const add = (kind: string, target: string, person: string | null, username: string | null = null) =>
	db.run(
		`INSERT INTO responsibilities (target_kind, target_id, person, username, valid_from, changed_by)
		 VALUES ($kind, $target, $person, $username, TIMESTAMP '2025-01-01 08:00:00', 'test')`,
		{ kind, target, person, username }
	);
const end = (kind: string, target: string) =>
	db.run(
		`UPDATE responsibilities SET valid_to = TIMESTAMP '2025-02-01 08:00:00'
		 WHERE target_kind = $kind AND target_id = $target`,
		{ kind, target }
	);

async function proposed(): Promise<string | null> {
	const res = await planner.request('/api/cases/B0001');
	expect(res.status).toBe(200);
	return ((await res.json()) as { proposed_assignee: string | null }).proposed_assignee;
}

beforeAll(async () => {
	db = await createMiniTownStore();
	planner = createTestApp({ db, version: 'test' }, { role: 'planner' });
	for (const id of ['F1', 'F2']) {
		await db.run(
			`INSERT INTO frontage_units (id, name, category, lng, lat, frontage, frontage_m, agreement_signed,
			 created_at, updated_at) VALUES ($id, $id, 'shop', 113.1, 23.1, '{}', 20, true,
			 TIMESTAMP '2025-01-01 08:00:00', TIMESTAMP '2025-01-01 08:00:00')`,
			{ id }
		);
	}
	await db.run(`INSERT INTO frontage_checks (id, unit_id, checked_at, checker, result, failed_items,
		measure, case_id, photo_ids) VALUES
		('K1', 'F1', TIMESTAMP '2025-01-10 09:00:00', 'demo-patrol', 'fail', 'litter', 'order', 'B0001', ''),
		('K2', 'F2', TIMESTAMP '2025-01-10 09:05:00', 'demo-patrol', 'fail', 'litter', 'order', NULL, '')`);
	await add('frontage', 'F2', '无关店主');
	await add('zone', 'town', '镇长');
	await add('zone', 'c01', '社区书记');
	await add('zone', 'c01-g01', '网格长', 'demo-grid');
	await add('road', 'r01', '中山路路长');
	await add('segment', 'r01-s01', '路段保洁员');
	await add('frontage', 'F1', '店主老王');
});
afterAll(async () => db.close());

it('proposes frontage unit, then segment, then road, then grid, then community, then zones.responsible', async () => {
	expect(await proposed()).toBe('店主老王');
	await end('frontage', 'F1');
	expect(await proposed()).toBe('路段保洁员');
	await end('segment', 'r01-s01');
	expect(await proposed()).toBe('中山路路长');
	await end('road', 'r01');
	// A holder with an account is proposed by the account (the dispatch form's picker).
	expect(await proposed()).toBe('demo-grid');
	await end('zone', 'c01-g01');
	expect(await proposed()).toBe('社区书记');
	await end('zone', 'c01');
	// The town (the community's parent) still answers before the free-text fallback.
	expect(await proposed()).toBe('镇长');
	await end('zone', 'town');
	// Nothing current in the registry: the grid's zones.responsible, as before issue 15.
	expect(await proposed()).toBe('网格员 张敏');
});
