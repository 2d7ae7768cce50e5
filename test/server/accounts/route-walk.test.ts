import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import { ROLES, type Role } from '../../../server/contract/accounts';
import { allows, PERMISSIONS, type Permission } from '../../../server/contract/permissions';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import { addUser } from '../../helpers/accounts';
import { makeJpeg, tempPhotoRoot } from '../../helpers/photos';
import { savePhoto } from '../../../server/services/photos';
import { saveTwoTeamPlan } from './plan-fixture';

/**
 * Issue 13's test of done: every route the Hono app registers, against the permission table,
 * for an anonymous caller and each role. A route without a row fails, and so does a row
 * without a route.
 */

const USERS: Record<Role, { zones?: string[]; team?: string }> = {
	admin: {},
	planner: {},
	grid: { zones: ['c01-g01'] },
	patrol: { zones: ['c01'] },
	sprayer: { team: 'team-1' },
	inspector: {},
	leader: {}
};

/** Query strings that make a GET answer 2xx on the mini town. */
const QUERIES: Record<string, string> = {
	'/api/density': '?pest=mosquito&from=2024-06-01&to=2024-06-30',
	'/api/density/series': '?pest=mosquito&from=2024-06-01&to=2024-06-30&unit=c01',
	'/api/density/export': '?pest=mosquito&from=2024-06-01&to=2024-06-30&format=csv',
	'/api/compare': '?pest=mosquito&method=mosquito.light_trap&a=2024-06&b=2024-07',
	'/api/compare/export': '?pest=mosquito&method=mosquito.light_trap&a=2024-06&b=2024-07&format=csv',
	'/api/series': '?pest=mosquito&method=mosquito.light_trap',
	'/api/spraying/effect': '?pest=mosquito&method=mosquito.light_trap',
	'/api/routes/targets': '?source=survey_sites',
	'/api/routes/:id/export': '?format=csv',
	'/api/admin/audit/export': '?format=csv',
	'/api/cases/indicators': '?by=zone&from=2024-01-01&to=2024-12-31',
	'/api/cases/export': '?format=csv',
	'/api/export/:layer': '?format=csv',
	'/api/frontage/export': '?format=csv',
	// The responsibility registry (issue 15 item 1).
	'/api/responsibilities/history': '?kind=zone&target=c01',
	// Issue 16 lane B: the phone's suggested sections near a point.
	'/api/inspections/suggestions': '?lng=113.085&lat=22.955'
};

let db: Database;
let apps: Map<Role | 'anonymous', TestApp['request']>;
let params: Record<string, string>;
let photos: ReturnType<typeof tempPhotoRoot>;
let photoId: string;
let caseId: string;

beforeAll(async () => {
	db = await createMiniTownStore();
	photos = tempPhotoRoot();
	photoId = (await savePhoto(await makeJpeg(64, 48), { root: photos.root })).id;
	const admin = createTestApp({ db, version: 'test' });
	const plan = await saveTwoTeamPlan(admin);
	await addUser(db, { username: 'walk-target', role: 'inspector' });
	params = {
		layer: 'blindspots',
		id: plan.id,
		stopId: plan.stopOf('team-1'),
		username: 'walk-target',
		code: 'mosquito.light_trap',
		kind: 'surveys',
		collectionId: 'zones',
		featureId: 'c01',
		year: '2025',
		unitId: 'no-such-unit',
		// Issue 17 lane E: no such phase (a 404), so no walker changes the campaign's own.
		phaseId: 'no-such-phase'
	};
	caseId = (await db.query<{ id: string }>('SELECT min(id) AS id FROM blind_spots'))[0].id;
	params.caseNumber = caseId;
	// Issue 15: the 移交单 of a referred case (its referral row, without a unit).
	params.caseId = caseId;
	await db.run(
		`INSERT INTO referrals (case_id, sheet_no, unit_id, referred_at)
		 VALUES ($id, 'YJ-2025-0001', NULL, TIMESTAMP '2025-06-02 10:00:00')`,
		{ id: caseId }
	);

	// A 门前三包 unit in grid c01-g01, where the walk's grid and patrol users work.
	await db.run(`INSERT INTO frontage_units VALUES ('fu-walk', '走查商铺', 'shop', NULL, NULL, NULL,
		113.0825, 22.9551, 'c01', 'c01-g01', 'r01-s01', '{"type":"LineString","coordinates":[[113.0824,22.95505],[113.0826,22.95505]]}',
		20, true, NULL, TIMESTAMP '2026-01-01', TIMESTAMP '2026-01-01', NULL)`);
	const bare = createApp({ db, version: 'test', photosDir: photos.root });
	apps = new Map<Role | 'anonymous', TestApp['request']>([
		['anonymous', (input, init) => Promise.resolve(bare.request(input, init))]
	]);
	// Each walker's own patrol (issue 15): a patrol is read by its walker and the office.
	for (const role of ROLES) {
		await db.run(
			`INSERT INTO patrols (id, username, kind, started_at, ended_at, length_m, idempotency_key)
			 VALUES ($id, $user, 'frontage', TIMESTAMP '2025-09-30 09:00:00', NULL, 0, NULL)`,
			{ id: `Pwalk-${role}`, user: `walk-${role}` }
		);
	}
	// Issue 16 lane B: one inspection of 中山路's first section, for GET /api/inspections/:id.
	await db.run(`INSERT INTO inspections (id, form, level, segment_id, road_id, road_name, from_m, to_m,
		section, inspector, inspected_at, c1, c2, c3, c4, base_score, deducted, score, lng, lat, created_at)
		VALUES ('Iwalk', 'section', 'town', 'r01-s01', 'r01', '中山路', 0, 300, 'r01-s01#0', 'walk-inspector',
		TIMESTAMP '2025-09-30 09:00:00', 5, 5, 5, 5, 100, 0, 100, 113.082, 22.955, TIMESTAMP '2025-09-30 09:00:00')`);
	// Issue 17 lane D: one facility, for GET /api/facilities/:id.
	await db.run(`INSERT INTO facilities VALUES ('fac-walk', 'bait_station', '中山路毒饵站', NULL, NULL,
		113.084, 22.955, NULL, NULL, NULL, 'active', TIMESTAMP '2025-09-30 09:00:00', TIMESTAMP '2025-09-30 09:00:00')`);
	for (const role of ROLES) {
		const user = { role, username: `walk-${role}`, ...USERS[role] };
		apps.set(role, createTestApp({ db, version: 'test', photosDir: photos.root }, user).request);
	}
}, 120_000);

afterAll(() => photos?.remove());

function registered(): string[] {
	const app = createApp({ db, version: 'test' });
	const keys = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);
	return [...new Set(keys)].sort();
}

function samplePath(row: Permission, caller: string): string {
	const id = /^\/api\/patrols\/:id/.test(row.path)
		? `Pwalk-${caller}`
		: /^\/api\/(auth|admin)\/tokens/.test(row.path)
			? 'no-such-token'
			: row.path.startsWith('/api/photos/')
				? photoId
				: row.path.startsWith('/api/cases/')
					? caseId
					: row.path.startsWith('/api/frontage/')
						? 'fu-walk'
						: // Issue 16 lane A: no such group (a 404), so no walker deletes the town's own.
							row.path.startsWith('/api/key-groups/')
							? 'kg-no-such-group'
							: row.path.startsWith('/api/inspections/')
								? 'Iwalk'
								: row.path.startsWith('/api/campaigns/')
									? '2024-1'
									: row.path.startsWith('/api/facilities/')
										? 'fac-walk'
										: // Issue 17 lane D: no such target (a 404), so none is retired.
											row.path.startsWith('/api/standing-targets/')
											? 'st-no-such-target'
											: undefined;
	const path = row.path.replace(/:([A-Za-z]+)/g, (_, name: string) =>
		name === 'id' && id ? id : encodeURIComponent(params[name])
	);
	return path + (QUERIES[row.path] ?? '');
}

/** A body that reaches the handler; validation may refuse it (a 400 is neither 401 nor 403). */
function sampleBody(row: Permission): string | undefined {
	if (row.method === 'GET' || row.method === 'DELETE') return undefined;
	if (row.path === '/api/routes/:id/stops/:stopId/visit')
		return JSON.stringify({ status: 'skipped' });
	if (row.path === '/api/auth/password')
		return JSON.stringify({ current: 'not the password', next: 'a new long password' });
	return '{}';
}

describe('the permission table covers every registered route', () => {
	it('has a row for every route and a route for every row', () => {
		const rows = PERMISSIONS.map((p) => `${p.method} ${p.path}`);
		expect(registered()).toEqual([...rows].sort());
	});
});

describe.each(PERMISSIONS)('$method $path', (row) => {
	it.each(['anonymous', ...ROLES] as const)('as %s', async (caller) => {
		const body = sampleBody(row);
		const res = await apps.get(caller)!(samplePath(row, caller), {
			method: row.method,
			headers: body ? { 'content-type': 'application/json' } : {},
			body
		});
		const error =
			res.status >= 400 ? ((await res.json()) as { error: { code: string } }).error : null;
		const what = `${res.status} ${error?.code ?? ''}`;
		if (caller === 'anonymous' && row.access !== 'anonymous') {
			expect(what).toBe('401 unauthenticated');
		} else if (!allows(row, caller === 'anonymous' ? null : caller)) {
			expect(what).toBe('403 forbidden');
		} else {
			expect(what).not.toMatch(/^(401 unauthenticated|403 forbidden)$/);
			if (row.method === 'GET' && row.access !== 'anonymous') expect(what).toMatch(/^2\d\d/);
		}
	});
});
