/**
 * Issue 13, item 5: every write endpoint leaves exactly one audit row naming the user, role,
 * action, entity, id and request; a write that fails (400 at the boundary, 404/409/422 inside
 * its transaction) leaves none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../server/contract/accounts';
import type { Database } from '../../../server/db/database';
import {
	createAuditedApp,
	readAuditLog,
	REQUEST_ID_HEADER,
	type StoredAuditRow
} from '../../helpers/audited-app';
import { postImport } from '../../helpers/import-request';
import { createMiniTownStore } from '../../helpers/mini-town';
import type { TestApp } from '../../helpers/signed-in-app';

let db: Database;
let planner: TestApp;
let admin: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	planner = createAuditedApp({ db, version: 'test' }, { role: 'planner' });
	admin = createAuditedApp({ db, version: 'test' }, { role: 'admin' });
});
afterAll(async () => db.close());

interface Audited {
	status: number;
	requestId: string | null;
	rows: StoredAuditRow[];
}

/** Runs one request and returns the audit rows it added. */
async function audited(send: () => Promise<Response>): Promise<Audited> {
	const before = (await readAuditLog(db)).length;
	const res = await send();
	await res.arrayBuffer();
	const rows = (await readAuditLog(db)).slice(before);
	return { status: res.status, requestId: res.headers.get(REQUEST_ID_HEADER), rows };
}

const json = (app: TestApp, method: string, path: string, body: unknown) => () =>
	app.request(path, {
		method,
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});

/** Exactly one new row, of this request, naming `who` and the write. */
function expectOneRow(
	result: Audited,
	status: number,
	role: Role,
	write: { action: string; entity: string; entity_id: string | null }
): StoredAuditRow {
	expect(result.status).toBe(status);
	expect(result.rows).toHaveLength(1);
	const [row] = result.rows;
	expect(row).toMatchObject({ username: `test-${role}`, role, ...write });
	expect(row.request_id).toMatch(/^[0-9a-f-]{36}$/);
	expect(row.request_id).toBe(result.requestId);
	return row;
}

function expectNoRow(result: Audited, status: number) {
	expect(result.status).toBe(status);
	expect(result.rows).toEqual([]);
}

/** The write routes this file proves are audited, one describe block each below. */
const AUDITED_HERE = new Set([
	'POST /api/campaigns',
	'PUT /api/campaigns/:id',
	'PUT /api/catalogues/thresholds',
	'PATCH /api/catalogues/survey-methods/:code',
	'POST /api/import/:kind',
	'POST /api/routes',
	'PUT /api/routes/:id',
	'POST /api/routes/:id/stops/:stopId/visit'
]);
/** POST routes that store nothing: they compute and answer. */
const NOT_WRITES = new Set([
	'POST /api/density/calculate',
	'POST /api/routes/plan',
	'POST /api/import/:kind/preview'
]);
/**
 * Case-loop writes are proved one audit row each (and none when refused) beside their own
 * behaviour: test/server/api/cases.test.ts (create, actions, batch dispatch) and
 * case-links.test.ts (calendar.update, settings.update).
 */
const PROVED_IN_CASE_TESTS = new Set([
	'POST /api/cases',
	'POST /api/cases/dispatch',
	'POST /api/cases/:id/actions',
	'PUT /api/calendar/:year',
	'PUT /api/admin/settings',
	// Marking 督办 notices read (notification.read): test/server/api/case-supervision.test.ts.
	'POST /api/notifications/read',

	// 门前三包 ledger writes: test/server/api/frontage.test.ts (create, update, retire; none refused).
	'POST /api/frontage',
	'PATCH /api/frontage/:id',
	'DELETE /api/frontage/:id',
	// A resident's report, audited as system:resident: test/server/public/public-reports.test.ts.
	'POST /api/public/reports',
	// Issue 15 (coverage lane): one volunteer_activity.create row, none when refused:
	// test/server/api/volunteer-activities.test.ts.
	'POST /api/volunteer-activities'
]);
/**
 * Patrols and frontage checks (issue 15 item 3), proved beside their behaviour in
 * test/server/api/patrols.test.ts: one row per write (a 责令整改 adds its case's case.create).
 */
const PROVED_IN_PATROL_TESTS = new Set([
	'POST /api/patrols',
	'POST /api/patrols/:id/points',
	'POST /api/patrols/:id/end',
	'POST /api/frontage/:unitId/checks'
]);
/**
 * Registry writes (issue 15 item 1), one audit row each and none when refused:
 * test/server/api/responsibilities.test.ts.
 */
const PROVED_IN_REGISTRY_TESTS = new Set([
	'POST /api/responsibilities',
	'POST /api/responsibilities/:id/end',
	'POST /api/responsibilities/:id/scan',
	// Issue 16 lane D: 创建卫生单位 title and assessment, one row each, none when refused:
	// test/server/api/assessment-readiness.test.ts.
	'PUT /api/sanitary-units/:unitId',
	'POST /api/sanitary-units/:unitId/assessments'
]);
/**
 * 环卫考核 reward rules and the settled ledger (issue 16 lane C), one audit row each and none
 * when refused: test/server/api/assessment-scores.test.ts.
 */
const PROVED_IN_ASSESSMENT_SCORE_TESTS = new Set([
	'POST /api/assessment/reward-rules',
	'PUT /api/assessment/reward-rules/:id',
	'POST /api/assessment/ledger/settle'
]);
/**
 * Key-group writes (issue 16 lane A), one key_group.* row each with before and after members:
 * test/server/api/key-groups.test.ts.
 */
const PROVED_IN_KEY_GROUP_TESTS = new Set([
	'POST /api/key-groups',
	'PUT /api/key-groups/:id',
	'DELETE /api/key-groups/:id'
]);
/**
 * 环卫考核 inspections and the deduction catalogue (issue 16 lane B): inspection.create (and a
 * case.create per 同时立案), deduction_item.create/update, none when refused:
 * test/server/api/inspections.test.ts.
 */
const PROVED_IN_INSPECTION_TESTS = new Set([
	'POST /api/inspections',
	'POST /api/deduction-items',
	'PUT /api/deduction-items/:code'
]);
/**
 * Sample minimums (issue 17 lane A): one sample_minimums.update row with before and after, none
 * when refused: test/server/api/density-town.test.ts.
 */
const PROVED_IN_TOWN_GRADE_TESTS = new Set(['PUT /api/catalogues/sample-minimums']);
/**
 * Campaign plans (issue 17 lane E), one campaign_phase.* / campaign_targets.* row each and
 * none when refused: test/server/api/campaign-plans.test.ts.
 */
const PROVED_IN_CAMPAIGN_PLAN_TESTS = new Set([
	'POST /api/campaigns/:id/phases',
	'PUT /api/campaigns/:id/phases/:phaseId',
	'DELETE /api/campaigns/:id/phases/:phaseId',
	'POST /api/campaigns/:id/targets',
	'PATCH /api/campaigns/:id/targets'
]);
/**
 * Issue 17 lane D: facility and standing-target writes, one facility.* / standing_target.* row
 * each, none when refused: test/server/api/facilities.test.ts.
 */
const PROVED_IN_FACILITY_TESTS = new Set([
	'POST /api/facilities',
	'PUT /api/facilities/:id',
	'POST /api/facilities/:id/inspections',
	'POST /api/standing-targets',
	'PUT /api/standing-targets/:id',
	'DELETE /api/standing-targets/:id'
]);
/** Account writes (users, tokens, sessions) are audited by the accounts services and tested there. */
const ACCOUNT_ROUTES = /^[A-Z]+ \/api\/(auth|admin|users)\//;

it('every write route the app registers is proved audited here (a new one must join the list)', () => {
	const writes = new Set(
		planner.hono.routes
			.filter((r) => !['GET', 'ALL', 'HEAD', 'OPTIONS'].includes(r.method))
			.map((r) => `${r.method} ${r.path}`)
	);
	const unproved = [...writes].filter(
		(w) =>
			!AUDITED_HERE.has(w) &&
			!NOT_WRITES.has(w) &&
			!PROVED_IN_CASE_TESTS.has(w) &&
			!PROVED_IN_PATROL_TESTS.has(w) &&
			!PROVED_IN_REGISTRY_TESTS.has(w) &&
			!PROVED_IN_ASSESSMENT_SCORE_TESTS.has(w) &&
			!PROVED_IN_TOWN_GRADE_TESTS.has(w) &&
			!PROVED_IN_KEY_GROUP_TESTS.has(w) &&
			!PROVED_IN_FACILITY_TESTS.has(w) &&
			!PROVED_IN_INSPECTION_TESTS.has(w) &&
			!PROVED_IN_CAMPAIGN_PLAN_TESTS.has(w) &&
			!ACCOUNT_ROUTES.test(w)
	);
	expect(unproved).toEqual([]);
	expect([...AUDITED_HERE].filter((w) => !writes.has(w))).toEqual([]);
});

describe('campaigns', () => {
	const body = { name: '秋季灭蚊', from: '2024-09-01', to: '2024-09-30' };

	it('POST /api/campaigns records campaign.create with the new record', async () => {
		const result = await audited(json(planner, 'POST', '/api/campaigns', body));
		const row = expectOneRow(result, 201, 'planner', {
			action: 'campaign.create',
			entity: 'campaign',
			entity_id: '2024-2'
		});
		expect(row.before).toBeNull();
		expect(row.after).toEqual({ id: '2024-2', ...body });
	});

	it('PUT /api/campaigns/:id records campaign.update with before and after', async () => {
		const changed = { ...body, to: '2024-10-15' };
		const result = await audited(json(planner, 'PUT', '/api/campaigns/2024-2', changed));
		const row = expectOneRow(result, 200, 'planner', {
			action: 'campaign.update',
			entity: 'campaign',
			entity_id: '2024-2'
		});
		expect(row.before).toEqual({ id: '2024-2', ...body });
		expect(row.after).toEqual({ id: '2024-2', ...changed });
	});

	it('records nothing for a 400, a 409 or a 404', async () => {
		expectNoRow(await audited(json(planner, 'POST', '/api/campaigns', { ...body, name: '' })), 400);
		expectNoRow(
			await audited(json(planner, 'POST', '/api/campaigns', { ...body, id: '2024-2' })),
			409
		);
		expectNoRow(await audited(json(planner, 'PUT', '/api/campaigns/nope', body)), 404);
	});
});

describe('catalogues', () => {
	const ratB = (limit: number) => ({
		standard: 'GB/T 27770-2011',
		method: 'rat.indoor_signs',
		indicator: 'value',
		level: 'B',
		limit
	});

	it('PUT /api/catalogues/thresholds records thresholds.update with the method rows before and after', async () => {
		const result = await audited(
			json(admin, 'PUT', '/api/catalogues/thresholds', { rows: [ratB(2.5)] })
		);
		const row = expectOneRow(result, 200, 'admin', {
			action: 'thresholds.update',
			entity: 'control_thresholds',
			entity_id: 'rat.indoor_signs'
		});
		const limitB = (rows: unknown) =>
			(rows as { level: string; limit: number }[]).find((r) => r.level === 'B')?.limit;
		expect(limitB(row.before)).toBe(3);
		expect(limitB(row.after)).toBe(2.5);
		expect(row.after).toHaveLength(3);
	});

	it('records nothing for thresholds out of order (422 in the transaction) or a bad row (400)', async () => {
		expectNoRow(
			await audited(json(admin, 'PUT', '/api/catalogues/thresholds', { rows: [ratB(9)] })),
			422
		);
		expectNoRow(
			await audited(json(admin, 'PUT', '/api/catalogues/thresholds', { rows: [ratB(-1)] })),
			400
		);
	});

	it('PATCH /api/catalogues/survey-methods/:code records survey_method.update', async () => {
		const result = await audited(
			json(admin, 'PATCH', '/api/catalogues/survey-methods/rat.indoor_signs', {
				nameEn: 'Indoor signs'
			})
		);
		const row = expectOneRow(result, 200, 'admin', {
			action: 'survey_method.update',
			entity: 'survey_method',
			entity_id: 'rat.indoor_signs'
		});
		expect(row.after).toEqual({ ...(row.before as object), nameEn: 'Indoor signs' });
	});

	it('records nothing for an unknown method (404) or an empty patch (400)', async () => {
		expectNoRow(
			await audited(
				json(admin, 'PATCH', '/api/catalogues/survey-methods/rat.nope', { nameEn: 'x' })
			),
			404
		);
		expectNoRow(
			await audited(json(admin, 'PATCH', '/api/catalogues/survey-methods/rat.indoor_signs', {})),
			400
		);
	});
});

describe('imports', () => {
	const csv = 'id,category,reported_at,lng,lat\nAUD-1,dirty_road,2024-05-03,113.084,22.953';

	/** A multipart upload as the web UI sends it. */
	const upload =
		(path: string, text: string, fields: Record<string, string> = {}) =>
		() => {
			const form = new FormData();
			form.set('file', new File([text], '台账.csv'));
			for (const [k, v] of Object.entries(fields)) form.set(k, v);
			return planner.request(path, { method: 'POST', body: form });
		};

	it('POST /api/import/:kind records import.commit with the file and counts, not the rows', async () => {
		const result = await audited(upload('/api/import/blindspots', csv));
		const row = expectOneRow(result, 200, 'planner', {
			action: 'import.commit',
			entity: 'import',
			entity_id: 'blindspots'
		});
		expect(row.before).toBeNull();
		expect(row.after).toEqual({ kind: 'blindspots', file: '台账.csv', inserted: 1, updated: 0 });
	});

	it('records nothing for a dry run, a preview or a file with a bad row (422)', async () => {
		const badRow = `${csv}\nAUD-2,rubbish,2024-05-03,113.084,22.953`;
		expectNoRow(await audited(upload('/api/import/blindspots', csv, { dryRun: 'true' })), 200);
		expectNoRow(await audited(upload('/api/import/blindspots/preview', csv)), 200);
		expectNoRow(await audited(upload('/api/import/blindspots', badRow)), 422);
	});
});

describe('route plans and visits', () => {
	const stop = (id: string, seq: number, lng: number) => ({
		id,
		seq,
		lng,
		lat: 22.955,
		arriveMin: seq * 10,
		legM: 500
	});
	const route = {
		teamId: '消杀一队',
		stops: [stop('a', 1, 113.083), stop('b', 2, 113.09)],
		distanceM: 1000,
		durationMin: 30,
		geometry: null,
		start: { lng: 113.08, lat: 22.955 },
		end: { lng: 113.08, lat: 22.955, arriveMin: 30, legM: 500 }
	};
	const plan = { name: '5月10日 灭蚊', date: '2024-05-10', pest: 'mosquito', routes: [route] };
	const planId = 'R20240510-001';

	it('POST /api/routes records plan.create with the header, teams and stop count', async () => {
		const result = await audited(json(planner, 'POST', '/api/routes', plan));
		const row = expectOneRow(result, 201, 'planner', {
			action: 'plan.create',
			entity: 'route_plan',
			entity_id: planId
		});
		expect(row.before).toBeNull();
		expect(row.after).toMatchObject({
			id: planId,
			name: plan.name,
			date: plan.date,
			status: 'draft',
			pest: 'mosquito',
			teams: ['消杀一队'],
			stops: 2
		});
	});

	it('PUT /api/routes/:id records plan.update with before and after', async () => {
		const result = await audited(
			json(planner, 'PUT', `/api/routes/${planId}`, { status: 'published' })
		);
		const row = expectOneRow(result, 200, 'planner', {
			action: 'plan.update',
			entity: 'route_plan',
			entity_id: planId
		});
		expect(row.before).toMatchObject({ status: 'draft' });
		expect(row.after).toMatchObject({ status: 'published', stops: 2 });
	});

	it('POST /api/routes/:id/stops/:stopId/visit records stop.visit with the visit state', async () => {
		const visit = { status: 'skipped', note: '门店关闭', at: '2024-05-10T09:00:00' };
		const path = `/api/routes/${planId}/stops/a/visit`;
		const result = await audited(json(planner, 'POST', path, visit));
		const row = expectOneRow(result, 200, 'planner', {
			action: 'stop.visit',
			entity: 'route_stop',
			entity_id: `${planId}/a`
		});
		expect(row.before).toMatchObject({ status: 'pending', note: null });
		expect(row.after).toMatchObject({ status: 'skipped', note: '门店关闭' });
	});

	it('records nothing for a refused plan or visit: 400, 404, 409', async () => {
		const visits = `/api/routes/${planId}/stops`;
		expectNoRow(await audited(json(planner, 'POST', '/api/routes', { ...plan, name: '' })), 400);
		expectNoRow(
			await audited(json(planner, 'PUT', '/api/routes/R20990101-001', { name: 'x' })),
			404
		);
		// Routes with a visited stop can no longer be replaced: refused inside the transaction.
		expectNoRow(
			await audited(json(planner, 'PUT', `/api/routes/${planId}`, { routes: [route] })),
			409
		);
		expectNoRow(
			await audited(json(planner, 'POST', `${visits}/b/visit`, { status: 'pending' })),
			409
		);
		expectNoRow(await audited(json(planner, 'POST', `${visits}/b/visit`, { status: 'nope' })), 400);
		expectNoRow(
			await audited(json(planner, 'POST', `${visits}/zz/visit`, { status: 'skipped' })),
			404
		);
	});
});
