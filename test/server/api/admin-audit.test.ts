/**
 * `GET /api/admin/audit` and its export (issue 13, item 5): filters by user, action, entity and
 * local days, newest first with a total; CSV and XLSX with Chinese headers unless lang=en;
 * admins only; nothing edits or deletes the log.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../../server/contract/accounts';
import type { Database } from '../../../server/db/database';
import { formulaCells, readExportedCsv } from '../../helpers/exported-csv';
import { createEmptyStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

/** Rows as the log would hold them, in the order written (ids 1..5), at fixed local times. */
const SEEDED = [
	[
		'2024-05-01 08:00:00',
		'alice',
		'planner',
		'campaign.create',
		'campaign',
		'2024-1',
		null,
		'{"id":"2024-1"}'
	],
	[
		'2024-05-01 23:59:59',
		'alice',
		'planner',
		'plan.create',
		'route_plan',
		'R20240510-001',
		null,
		'{"stops":2}'
	],
	[
		'2024-05-02 00:00:00',
		'bob',
		'admin',
		'thresholds.update',
		'control_thresholds',
		'rat.indoor_signs',
		'[{"limit":3}]',
		'[{"limit":2.5}]'
	],
	[
		'2024-05-03 12:00:00',
		'bob',
		'admin',
		'import.commit',
		'import',
		'=cmd|x',
		null,
		'{"file":"台账.csv","inserted":1}'
	],
	[
		'2024-05-03 13:00:00',
		'carol',
		'sprayer',
		'stop.visit',
		'route_stop',
		'R20240510-001/a',
		'{"status":"pending"}',
		'{"status":"done"}'
	]
] as const;

/** The export's headers as a Chinese reader sees them (the default language). */
const ZH_HEADERS = [
	'时间',
	'用户',
	'角色',
	'操作',
	'对象',
	'编号',
	'修改前',
	'修改后',
	'请求编号',
	'地址'
];

let db: Database;
let admin: TestApp;
beforeAll(async () => {
	db = await createEmptyStore();
	for (const [at, username, role, action, entity, entityId, before, after] of SEEDED) {
		await db.run(
			`INSERT INTO audit_log (occurred_at, username, role, action, entity, entity_id, before, after, request_id, address)
			 VALUES (CAST($at AS TIMESTAMP), $username, $role, $action, $entity, $entityId, $before::JSON, $after::JSON,
			 'req-' || $entityId, '10.0.0.7')`,
			{ at, username, role, action, entity, entityId, before, after }
		);
	}
	admin = createTestApp({ db, version: 'test' });
});
afterAll(async () => db.close());

async function list(query: string): Promise<{ status: number; body: AuditPage }> {
	const res = await admin.request(`/api/admin/audit${query}`);
	return { status: res.status, body: await res.json() };
}

const ids = (page: AuditPage) => page.rows.map((r) => r.id);

describe('GET /api/admin/audit', () => {
	it('lists every row newest first, before and after as JSON values', async () => {
		const { status, body } = await list('');
		expect(status).toBe(200);
		expect(body.total).toBe(5);
		expect(ids(body)).toEqual([5, 4, 3, 2, 1]);
		expect(body.rows[2]).toEqual({
			id: 3,
			at: '2024-05-02T00:00:00',
			username: 'bob',
			role: 'admin',
			action: 'thresholds.update',
			entity: 'control_thresholds',
			entityId: 'rat.indoor_signs',
			before: [{ limit: 3 }],
			after: [{ limit: 2.5 }],
			requestId: 'req-rat.indoor_signs',
			address: '10.0.0.7'
		});
		expect(body.rows[4].before).toBeNull();
	});

	it.each([
		['?username=alice', [2, 1]],
		['?action=import.commit', [4]],
		['?entity=route_plan', [2]],
		['?username=bob&entity=import', [4]],
		['?username=nobody', []],
		// Local days, both ends inclusive: 23:59:59 is still the 1st, midnight is the 2nd.
		['?from=2024-05-01&to=2024-05-01', [2, 1]],
		['?from=2024-05-02', [5, 4, 3]],
		['?to=2024-05-02', [3, 2, 1]],
		['?from=2024-05-03&to=2024-05-03', [5, 4]]
	])('%s -> ids %j', async (query, expected) => {
		const { body } = await list(query);
		expect(ids(body)).toEqual(expected);
		expect(body.total).toBe(expected.length);
	});

	it('pages with limit and offset; total counts every match', async () => {
		const { body } = await list('?limit=2&offset=1');
		expect(ids(body)).toEqual([4, 3]);
		expect(body.total).toBe(5);
		expect(ids((await list('?username=alice&limit=1&offset=1')).body)).toEqual([1]);
	});

	it.each(['?from=2024-13-01', '?to=yesterday', '?limit=0', '?limit=1001', '?offset=-1'])(
		'%s -> 400',
		async (query) => {
			expect((await list(query)).status).toBe(400);
		}
	);
});

describe('GET /api/admin/audit/export', () => {
	const download = (query: string) => admin.request(`/api/admin/audit/export${query}`);

	it('writes CSV with Chinese headers, newest first, formulas neutralised', async () => {
		const res = await download('?format=csv&username=bob');
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toContain('sanimap-audit.csv');
		const records = readExportedCsv(await res.text());
		expect(records[0]).toEqual(ZH_HEADERS);
		expect(records.slice(1)).toEqual([
			[
				'2024-05-03 12:00:00',
				'bob',
				'admin',
				'import.commit',
				'import',
				"'=cmd|x",
				'',
				'{"file":"台账.csv","inserted":1}',
				'req-=cmd|x',
				'10.0.0.7'
			],
			[
				'2024-05-02 00:00:00',
				'bob',
				'admin',
				'thresholds.update',
				'control_thresholds',
				'rat.indoor_signs',
				'[{"limit":3}]',
				'[{"limit":2.5}]',
				'req-rat.indoor_signs',
				'10.0.0.7'
			]
		]);
		expect(formulaCells(records)).toEqual([]);
	});

	it('writes English headers with lang=en, and names the file by its days', async () => {
		const res = await download('?format=csv&lang=en&from=2024-05-01&to=2024-05-01');
		expect(res.headers.get('content-disposition')).toContain(
			'sanimap-audit-2024-05-01-2024-05-01.csv'
		);
		const records = readExportedCsv(await res.text());
		expect(records[0]).toEqual([
			'Time',
			'User',
			'Role',
			'Action',
			'Entity',
			'ID',
			'Before',
			'After',
			'Request ID',
			'Address'
		]);
		expect(records.slice(1).map((r) => r[3])).toEqual(['plan.create', 'campaign.create']);
	});

	it('writes XLSX with the same rows under Chinese headers', async () => {
		const res = await download('?format=xlsx');
		expect(res.status).toBe(200);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await res.arrayBuffer());
		const sheet = workbook.worksheets[0];
		expect(sheet.name).toBe('操作日志');
		expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ZH_HEADERS);
		expect(sheet.rowCount).toBe(6);
		expect(sheet.getRow(2).getCell(4).value).toBe('stop.visit');
		expect(sheet.getRow(2).getCell(8).value).toBe('{"status":"done"}');
	});

	it.each(['', '?format=pdf', '?format=csv&limit=10', '?format=csv&lang=fr'])(
		'%s -> 400',
		async (query) => {
			expect((await download(query)).status).toBe(400);
		}
	);
});

describe('who may read the log, and that no one may change it', () => {
	it.each(['planner', 'inspector', 'leader'] as const)('%s gets 403', async (role) => {
		const other = createTestApp({ db, version: 'test' }, { role });
		expect((await other.request('/api/admin/audit')).status).toBe(403);
		expect((await other.request('/api/admin/audit/export?format=csv')).status).toBe(403);
	});

	it.each(['PUT', 'PATCH', 'DELETE', 'POST'])(
		'%s /api/admin/audit changes nothing',
		async (method) => {
			for (const path of ['/api/admin/audit', '/api/admin/audit/1']) {
				const res = await admin.request(path, {
					method,
					headers: { 'content-type': 'application/json' },
					body: '{}'
				});
				expect([404, 405]).toContain(res.status);
			}
			expect((await list('')).body.total).toBe(5);
		}
	);
});
