/**
 * Property-based fuzzing of every route the app serves (issue 12): hostile query values and
 * names, repeated parameters, hostile path segments and JSON bodies. Whatever is sent, the
 * answer is never a 5xx, and a 4xx has the one error shape, a bounded message that quotes at
 * most QUOTE_CHARS of the input and names no parser or database internals.
 *
 * CI runs FUZZ_RUNS (default 250) requests from the fixed FUZZ_SEED; `npm run fuzz` runs more;
 * FUZZ_LOG names a file that gets every request sent.
 */
import fc from 'fast-check';
import { appendFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import {
	compareExportQuerySchema,
	compareQuerySchema,
	overviewQuerySchema,
	seriesQuerySchema,
	sprayingQuerySchema
} from '../../../server/contract/comparison';
import {
	densityExportQuerySchema,
	densityQuerySchema,
	densitySeriesQuerySchema
} from '../../../server/contract/density';
import { auditQuerySchema } from '../../../server/contract/account-requests';
import { auditExportQuerySchema } from '../../../server/contract/audit-export';
import { layerExportQuerySchema } from '../../../server/contract/exports';
import {
	emergingQuerySchema,
	hotspotQuerySchema,
	priorityQuerySchema,
	roadRankingQuerySchema
} from '../../../server/contract/hotspots';
import { layerQuerySchema } from '../../../server/contract/layers';
import { ogcItemsQuerySchema } from '../../../server/contract/ogc';
import { QUOTE_CHARS } from '../../../server/contract/quote';
import {
	listPlansQuerySchema,
	routeExportQuerySchema,
	targetsQuerySchema
} from '../../../server/contract/spray-plans';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';
import { DEPOT, MINI_TOWN_STOPS } from './spray-plan-request';
import {
	overviewAssessmentQuerySchema,
	readinessQuerySchema,
	simulateQuerySchema
} from '../../../server/contract/assessment-readiness-requests';
import { dengueWeekQuerySchema } from '../../../server/contract/dengue-requests';

const RUNS = Number(process.env.FUZZ_RUNS ?? 250);
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_512);
/** A file to append every request to (method, path, body; each cut to 300 characters). */
const LOG = process.env.FUZZ_LOG;

let db: Database;
let app: TestApp;
let plan: { id: string; routes: unknown[]; unassigned: unknown[] };

beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'fuzz' });
	const planned = await app.request('/api/routes/plan', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ stops: MINI_TOWN_STOPS, teams: [{ id: 't1', start: DEPOT }] })
	});
	const { routes, unassigned } = (await planned.json()) as typeof plan;
	const saved = await app.request('/api/routes', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ name: 'fuzz', date: '2024-05-10', routes, unassigned })
	});
	plan = { ...((await saved.json()) as { id: string }), routes, unassigned };
});
afterAll(async () => db.close());

/** The query schema of each route, so that most names sent are ones the route reads. */
const ROUTE_QUERY: Record<string, object> = {
	'/api/layers/:layer': layerQuerySchema,
	'/api/export/:layer': layerExportQuerySchema,
	'/api/density': densityQuerySchema,
	'/api/density/series': densitySeriesQuerySchema,
	'/api/density/export': densityExportQuerySchema,
	'/api/compare': compareQuerySchema,
	'/api/compare/export': compareExportQuerySchema,
	'/api/series': seriesQuerySchema,
	'/api/spraying/effect': sprayingQuerySchema,
	'/api/overview': overviewQuerySchema,
	'/api/hotspots': hotspotQuerySchema,
	'/api/hotspots/roads': roadRankingQuerySchema,
	'/api/hotspots/emerging': emergingQuerySchema,
	'/api/priorities': priorityQuerySchema,
	'/api/routes': listPlansQuerySchema,
	'/api/routes/targets': targetsQuerySchema,
	'/api/routes/:id/export': routeExportQuerySchema,
	'/api/admin/audit': auditQuerySchema,
	'/api/admin/audit/export': auditExportQuerySchema,
	'/ogc/collections/:collectionId/items': ogcItemsQuerySchema,
	// Issue 16 lane D.
	'/api/assessment/readiness': readinessQuerySchema,
	'/api/assessment/readiness/simulate': simulateQuerySchema,
	'/api/overview/assessment': overviewAssessmentQuerySchema,
	// Issue 17 lane B.
	'/api/dengue/weeks': dengueWeekQuerySchema
};
const namesOf = (schema: object | undefined) =>
	Object.keys((schema as { shape?: object })?.shape ?? {});

/** Every query parameter any request schema names, read from the contract. */
const contract = import.meta.glob('../../../server/contract/*.ts', { eager: true });
const PARAM_NAMES = [
	...new Set(
		Object.values(contract).flatMap((m) =>
			Object.entries(m as Record<string, unknown>)
				.filter(([name]) => /Query.*Schema$/.test(name))
				.flatMap(([, s]) => Object.keys((s as { shape?: object }).shape ?? {}))
		)
	)
];

/** Values that pass, so that hostile ones reach the code behind the first check. */
const GOOD_VALUES: Record<string, string[]> = {
	pest: ['rat', 'mosquito', 'rat,fly'],
	method: ['rat.indoor_signs', 'mosquito.light_trap'],
	a: ['2023', '2024-summer', 'campaign:2024-1', '2024-03-01..2024-05-31'],
	b: ['2024', '2024-05'],
	season: ['2024-spring', '2024-winter'],
	from: ['2024-01-01', '1900-01-01'],
	to: ['2024-12-31', '2100-12-31'],
	by: ['zone', 'grid', 'h3'],
	unit: ['c01', 'c01-g01'],
	format: ['csv', 'xlsx', 'json', 'geojson', 'gpx'],
	source: ['blindspots_open', 'breeding_sites', 'survey_sites', 'dengue'],
	subject: ['blindspots', 'open', 'pest'],
	slice: ['month', 'season'],
	bbox: ['113,22,114,23', '-180,-90,180,90'],
	datetime: ['2024-05-01', '2024-01-01/..', '../2024-06-30T12:00:00Z'],
	limit: ['1', '10000'],
	kind: ['community', 'market'],
	years: ['2023,2024'],
	week: ['2024-W29', '2026-W53']
};

/** A passing value bent out of shape: years out of range, digits swapped, junk added. */
const nearMiss = (good: string): fc.Arbitrary<string> =>
	fc.constantFrom(
		good.replace(/\d{4}/, '0999'),
		good.replace(/\d{4}/, '9999'),
		good.replace(/\d{4}/, '1899'),
		good.replace(/-\d{2}$/, '-30').replace(/-01-/, '-02-'),
		good.replace(/\d/g, '9'),
		`${good},${good}`,
		`${good}x`,
		` ${good}`,
		good.toUpperCase(),
		good.slice(0, -1)
	);

/** What each route needs to get past its required parameters. */
const BASE_QUERY: Record<string, Record<string, string>> = {
	'/api/density': { pest: 'rat' },
	'/api/density/series': { pest: 'rat', unit: 'c01' },
	'/api/density/export': { pest: 'rat', format: 'csv' },
	'/api/compare': { pest: 'rat', method: 'rat.indoor_signs', a: '2023', b: '2024' },
	'/api/compare/export': {
		pest: 'rat',
		method: 'rat.indoor_signs',
		a: '2023',
		b: '2024',
		format: 'csv'
	},
	'/api/series': { pest: 'rat', method: 'rat.indoor_signs' },
	'/api/spraying/effect': { pest: 'mosquito', method: 'mosquito.light_trap' },
	'/api/routes/targets': { source: 'survey_sites' }
};

/** Bodies that pass, one per JSON route; the fuzz mutates them. */
const seedBodies = (): Record<string, unknown> => ({
	// Issue 15 (coverage lane).
	'POST /api/volunteer-activities': {
		team: '东街义务清扫队',
		kind: 'cleanup',
		place: 'green_belt',
		heldOn: '2024-03-25',
		people: 12,
		work: '清理绿化带垃圾',
		lng: 113.3,
		lat: 23.1
	},
	'POST /api/density/calculate': {
		records: [{ pest: 'rat', method: 'rat.indoor_signs', count: 1, effort: 10 }]
	},
	'PUT /api/catalogues/sample-minimums': {
		rows: [
			{
				method: 'rat.indoor_signs',
				townMin: 1000,
				unitMin: 100,
				unitZh: '间',
				unitEn: 'rooms',
				source: 'fuzz',
				confidence: 'L'
			}
		]
	},
	'PUT /api/catalogues/thresholds': {
		rows: [
			{
				standard: 'GB/T 27770-2011',
				method: 'rat.indoor_signs',
				indicator: 'value',
				level: 'A',
				limit: 1
			}
		]
	},
	'PATCH /api/catalogues/survey-methods/:code': { nameZh: '鼠迹法', unitEn: '%' },
	'POST /api/campaigns': { name: '秋季', from: '2024-09-01', to: '2024-10-31' },
	'PUT /api/campaigns/:id': { name: '春季', from: '2024-03-01', to: '2024-04-30' },
	// Issue 17 lane E: a campaign's phases and targets.
	'POST /api/campaigns/:id/phases': { name: '统一消杀', from: '2024-03-25', to: '2024-03-25' },
	'PUT /api/campaigns/:id/phases/:phaseId': {
		name: '统一消杀',
		from: '2024-03-25',
		to: '2024-03-25'
	},
	'POST /api/campaigns/:id/targets': { source: 'breeding_sites', zone: 'c01' },
	'PATCH /api/campaigns/:id/targets': { ids: ['a'], team: null },
	'DELETE /api/campaigns/:id/phases/:phaseId': {},
	'POST /api/routes/plan': {
		// Issue 18: demand, a window, capacity, lunch and the day's start are fuzzed too.
		stops: MINI_TOWN_STOPS.map((s, k) =>
			k === 0 ? { ...s, demand: 2, window: { from: '08:30', to: '11:00' } } : s
		),
		teams: [
			{ id: 't1', start: DEPOT, maxStops: 3, capacity: 10, lunch: { from: '12:00', minutes: 30 } }
		],
		dayStart: '08:00',
		timeLimitMs: 100
	},
	'POST /api/routes': { name: 'x', date: '2024-05-10', routes: plan.routes },
	'PUT /api/routes/:id': { name: 'y', status: 'published' },
	'POST /api/routes/:id/stops/:stopId/visit': {
		status: 'done',
		chemical: '溴敌隆',
		amount: 2,
		unit: 'kg',
		at: '2024-05-10T09:30'
	},
	// Accounts (issue 13). The fuzz user signs in by token; its password is the unusable marker,
	// and the last-admin guard keeps it an admin.
	'POST /api/auth/login': { username: 'test-admin', password: 'not the password' },
	'POST /api/auth/logout': {},
	'POST /api/auth/demo': { role: 'grid' },
	'POST /api/auth/setup': {
		token: 'x',
		username: 'first',
		displayName: '管理员',
		password: 'a long password'
	},
	'POST /api/auth/password': { current: 'not the password', next: 'a long new password' },
	'POST /api/auth/tokens': { name: 'fuzz' },
	'DELETE /api/auth/tokens/:id': {},
	'POST /api/admin/users': {
		username: 'fuzzed',
		displayName: '李明',
		role: 'grid',
		zones: ['c01-g01'],
		phone: '13812341234',
		password: 'a long password'
	},
	'PATCH /api/admin/users/:username': { displayName: '李明', zones: ['c01'] },
	'POST /api/admin/users/:username/password': { password: 'a long password' },
	'DELETE /api/admin/tokens/:id': {},
	// The case loop (issue 14).
	'POST /api/frontage': {
		name: '老王杂货店',
		category: 'shop',
		agreementSigned: true,
		lng: 113.093,
		lat: 22.9551
	},
	'PATCH /api/frontage/:id': { name: '老王杂货店', agreementSignedOn: '2026-03-01' },
	'DELETE /api/frontage/:id': {},
	'POST /api/cases': { category: 'exposed_garbage', lng: 113.1, lat: 23.1, description: '垃圾' },
	'POST /api/cases/dispatch': { ids: ['B00001'], assignee: 'demo-grid' },
	'POST /api/cases/:id/actions': { action: 'accept', note: '立案' },
	'PUT /api/calendar/:year': {
		year: 2025,
		source: '国务院办公厅',
		holidays: [{ date: '2025-01-01', name_zh: '元旦', name_en: "New Year's Day" }],
		workdays: []
	},
	'PUT /api/admin/settings': { webhook_url: null },
	// 督办 notices (issue 14): mark one or all of mine read.
	'POST /api/notifications/read': { ids: [1] },
	// Residents' reports (issue 14 item 11), anonymous; JSON without photos is allowed.
	'POST /api/public/reports': {
		category: 'exposed_garbage',
		lng: 113.1,
		lat: 23.1,
		description: '垃圾'
	},
	// Patrols and frontage checks (issue 15 item 3).
	'POST /api/patrols': { kind: 'frontage' },
	'POST /api/patrols/:id/points': {
		points: [{ seq: 1, at: '2025-09-30T09:00:00', lng: 113.09, lat: 22.95, accuracy_m: 5 }]
	},
	'POST /api/patrols/:id/end': {},
	'POST /api/frontage/:unitId/checks': { result: 'pass' },

	// The responsibility registry (issue 15 item 1); the scan is multipart (refused as JSON).
	'POST /api/responsibilities': {
		targetKind: 'zone',
		targetId: 'c01-g01',
		person: '王芳',
		phone: '13812341234',
		unit: '一社区居委会',
		pledgeType: 'target',
		signedOn: '2024-01-05',
		termFrom: '2024-01-01',
		termTo: '2024-12-31',
		targetOnTimePct: 95,
		targetScore: 90
	},
	'POST /api/responsibilities/:id/end': { note: '调离' },
	'POST /api/responsibilities/:id/scan': {},
	// Issue 16 lane D: 创建卫生单位 title and assessment.
	'PUT /api/sanitary-units/:unitId': { title: 'applying', since: '2025-03-01' },
	'POST /api/sanitary-units/:unitId/assessments': {
		assessedOn: '2024-06-01',
		score: 92,
		passed: true,
		note: '合格'
	},

	// Issue 16 lane C: reward rules (admin) and settling a month's ledger.
	'POST /api/assessment/reward-rules': {
		nameZh: '低于80分扣款',
		nameEn: 'Below 80: penalty',
		target: 'cleaning_unit',
		comparison: '<',
		threshold: 80,
		kind: 'penalty',
		amount: 500,
		unit: 'yuan',
		active: true
	},
	'PUT /api/assessment/reward-rules/:id': {
		nameZh: '95分以上奖励',
		nameEn: '95 and over: reward',
		target: 'community',
		comparison: '>=',
		threshold: 95,
		kind: 'reward',
		amount: 2,
		unit: 'points',
		active: false
	},
	'POST /api/assessment/ledger/settle': { month: '2024-06' },

	// Issue 16 lane A: key groups (an existing key area, or a drawn one).
	'POST /api/key-groups': {
		name: '村街主干道',
		inspectEveryDays: 30,
		segmentIds: ['r02-s01'],
		area: {
			polygon: [
				[113.085, 22.95],
				[113.095, 22.95],
				[113.095, 22.956]
			]
		}
	},
	'PUT /api/key-groups/:id': {
		name: '城区主干道',
		inspectEveryDays: 14,
		segmentIds: ['r01-s01'],
		area: { zoneId: 'key-core' },
		sortOrder: 2
	},
	'DELETE /api/key-groups/:id': {},

	// Issue 16 lane B: 环卫考核 inspections and the deduction catalogue.
	'POST /api/inspections': {
		form: 'section',
		segment_id: 'r01-s02',
		section_index: 0,
		marks: { c1: 4, c2: 3, c3: 5, c4: 2 },
		deductions: [{ item: 'litter', count: 2, note: '纸屑', open_case: true }],
		note: '早班后',
		lng: 113.092,
		lat: 22.955
	},
	'POST /api/deduction-items': {
		code: 'bin_overflow',
		nameZh: '果皮箱满溢',
		nameEn: 'Overflowing bin',
		points: 1,
		scope: 'section',
		caseCategory: 'exposed_garbage'
	},
	'PUT /api/deduction-items/:code': { points: 3, active: false, caseCategory: null },
	// Issue 17 lane D: control facilities, their inspections and standing targets.
	'POST /api/facilities': {
		kind: 'bait_station',
		name: '中山路市场毒饵站',
		owner: '中山路市场',
		lng: 113.084,
		lat: 22.955,
		installedOn: '2024-05-18'
	},
	'PUT /api/facilities/:id': { name: '中山路市场毒饵站 2号', status: 'removed' },
	'POST /api/facilities/:id/inspections': {
		present: true,
		working: true,
		baitTaken: true,
		note: '毒饵被取食',
		at: '2024-05-25T09:30'
	},
	'POST /api/standing-targets': {
		kind: 'green_belt',
		name: '中山路绿化带',
		everyDays: 14,
		polygon: [
			[113.085, 22.955],
			[113.0855, 22.955],
			[113.0855, 22.9555],
			[113.085, 22.9555]
		],
		lastTreatedOn: '2024-05-18'
	},
	'PUT /api/standing-targets/:id': { everyDays: 21, lastTreatedOn: null },
	'DELETE /api/standing-targets/:id': {},
	// Multipart routes: a JSON body is refused before any file is read.
	'POST /api/import/:kind': {},
	'POST /api/import/:kind/preview': {}
});

const GOOD_SEGMENTS: Record<string, () => string[]> = {
	layer: () => ['zones', 'roads', 'blindspots', 'surveys', 'pois'],
	collectionId: () => ['zones', 'surveys', 'blindspots'],
	featureId: () => ['c01', 'S0001', 'B0001'],
	id: () => [plan.id, '2024-1'],
	stopId: () => ['a', 'b'],
	code: () => ['rat.indoor_signs', 'mosquito.light_trap'],
	kind: () => ['pois', 'surveys'],
	username: () => ['fuzzed', 'test-admin'],
	unitId: () => ['u1', 'x'],
	phaseId: () => ['2024-1-p1', 'x']
};

const LONG = 'Ω'.repeat(5000);

/** Text a careless parser trips on: numbers past doubles and int64, bad dates, unicode. */
const hostileText: fc.Arbitrary<string> = fc.oneof(
	{
		weight: 8,
		arbitrary: fc.constantFrom(
			'',
			' ',
			'NaN',
			'Infinity',
			'-Infinity',
			'-0',
			'-1',
			'0',
			'1e308',
			'-1e308',
			'1e19',
			'9007199254740993',
			'0x1F',
			'1_000',
			'٣',
			'2025-02-30',
			'2025-02-30T10:00',
			'0999-01-01',
			'0999-summer',
			'9999-12-31',
			'9999-winter',
			'2024-13',
			'2024-00',
			'campaign:',
			'campaign:nope',
			'2024-05-01..2024-04-01',
			'..',
			'/',
			'../..',
			',,,',
			'1,2,3,4',
			'-181,-91,181,91',
			'1,2,3,4,5,6',
			'true',
			'null',
			'[]',
			'{}',
			'%',
			'\u0000',
			'\uD800',
			'🐀🦟',
			'鼠,蚊',
			"'; DROP TABLE zones; --",
			'"',
			'\\',
			'__proto__',
			'constructor',
			LONG
		)
	},
	fc.string({ maxLength: 30 }),
	fc.string({ unit: 'grapheme', maxLength: 30 }),
	fc.string({ unit: 'binary', maxLength: 30 }),
	fc.double().map(String),
	fc.integer().map(String),
	fc.bigInt().map(String),
	fc.nat(100_000).map((n) => 'x'.repeat(n))
);

/** A hostile JSON value for a body field. */
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc.constantFrom(
			1e308,
			-1e308,
			1e19,
			-1e19,
			2 ** 53 + 2,
			-0,
			0.5,
			-1,
			0,
			'',
			null,
			true,
			[],
			{},
			'2025-02-30',
			'2025-02-30T10:00',
			'0999-01-01',
			LONG,
			{ __proto__: null, constructor: 1 }
		)
	},
	hostileText,
	fc.double({ noNaN: true, noDefaultInfinity: true }),
	fc.jsonValue({ maxDepth: 3 }),
	fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 50 })
);

/** Path segments and query text sent as they are: broken percent-escapes and the like. */
const RAW_SEGMENTS = ['%', '%E0%A4%A', '%00', '%2F', '%ZZ', '%C0%AF', '%EF%BF%BF'];
const RAW_QUERIES = [
	'&%',
	'&pest=%ZZ',
	'&=x',
	'&&&',
	'&a[]=1',
	'&pest',
	'&%E0%A4%A=1',
	'&from=%00'
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

interface Sent {
	method: string;
	path: string;
	headers: Record<string, string>;
	body?: string;
	/** Every piece of text sent, to check the answer quotes no more than QUOTE_CHARS of it. */
	texts: string[];
	/** `GET /api/layers/:layer`: what problems are grouped by. */
	route: string;
}

/** Numbers past what a column, a solver or a range takes. */
const hostileNumber = fc.constantFrom(
	1e308,
	-1e308,
	1e19,
	-1e19,
	2 ** 53 + 2,
	2 ** 32,
	1e15,
	-0,
	-1,
	0.5,
	1e-308
);

/** A hostile replacement for `current`: mostly of its own type, sometimes of any. */
const hostileFor = (current: unknown): fc.Arbitrary<unknown> =>
	fc.oneof(
		{
			weight: 3,
			arbitrary:
				typeof current === 'number'
					? hostileNumber
					: typeof current === 'string'
						? fc.oneof(nearMiss(current), hostileText)
						: hostileJson
		},
		{ weight: 1, arbitrary: hostileJson }
	);

/** The strings and keys of a JSON body (the body itself when it does not parse). */
function textsIn(body: string): string[] {
	let value: unknown;
	try {
		value = JSON.parse(body);
	} catch {
		return [body];
	}
	const out: string[] = [];
	// Deep enough for every seed body; a 100,000-deep array holds no strings to quote.
	const walk = (v: unknown, depth: number) => {
		if (typeof v === 'string') out.push(v);
		else if (v && typeof v === 'object' && depth < 64)
			for (const [k, x] of Object.entries(v)) {
				out.push(k);
				walk(x, depth + 1);
			}
	};
	walk(value, 0);
	return out;
}

const valueAt = (value: unknown, path: (string | number)[]): unknown =>
	path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)?.[k], value);

/** Every place in a JSON value, as a path of keys: the value itself, each member, each leaf. */
function placesIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
	if (value === null || typeof value !== 'object') return [path];
	const entries = Array.isArray(value) ? [...value.entries()] : Object.entries(value);
	return [path, ...entries.flatMap(([k, v]) => placesIn(v, [...path, k]))];
}

/** `value` with the place at `path` set to `hostile`, or `hostile` added under `key` there. */
function mutate(
	value: unknown,
	path: (string | number)[],
	hostile: unknown,
	key?: string
): unknown {
	if (path.length === 0) {
		if (key === undefined || value === null || typeof value !== 'object') return hostile;
		return Array.isArray(value) ? [...value, hostile] : { ...value, [key]: hostile };
	}
	const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<
		string | number,
		unknown
	>;
	copy[path[0]] = mutate(copy[path[0]], path.slice(1), hostile, key);
	return copy;
}

const ROUTES = () =>
	[
		...new Map(
			app.hono.routes.filter((r) => r.method !== 'ALL').map((r) => [`${r.method} ${r.path}`, r])
		).values()
	].map((r) => ({ method: r.method, path: r.path }));

function requestArbitrary(): fc.Arbitrary<Sent> {
	const bodies = seedBodies();
	const segment = (name: string) =>
		fc.oneof(
			{ weight: 3, arbitrary: fc.constantFrom(...(GOOD_SEGMENTS[name]?.() ?? ['x'])) },
			{ weight: 1, arbitrary: hostileText.filter((s) => s !== '' && s !== '.' && s !== '..') },
			{ weight: 1, arbitrary: fc.constantFrom(...RAW_SEGMENTS) }
		);
	const param = (own: string[]) =>
		fc.oneof(
			{
				weight: own.length ? 6 : 0,
				arbitrary: fc.constantFrom(...own, ...(own.length ? [] : ['x']))
			},
			{ weight: 2, arbitrary: fc.constantFrom(...PARAM_NAMES) },
			{ weight: 1, arbitrary: hostileText.filter((s) => s !== '') }
		);
	const value = (name: string) =>
		Object.hasOwn(GOOD_VALUES, name)
			? fc.oneof(
					fc.constantFrom(...GOOD_VALUES[name]),
					fc.constantFrom(...GOOD_VALUES[name]).chain(nearMiss),
					fc.constantFrom(...GOOD_VALUES[name]).chain(nearMiss),
					hostileText
				)
			: hostileText;
	const pairs = (own: string[]) =>
		fc.array(
			param(own).chain((name) => value(name).map((v) => [name, v] as const)),
			{ maxLength: 4 }
		);
	const body = (seed: unknown) =>
		fc.oneof(
			{
				weight: 6,
				arbitrary: fc
					.constantFrom(...placesIn(seed))
					.chain((path) => fc.tuple(fc.constant(path), hostileFor(valueAt(seed, path))))
					.chain(([path, hostile]) =>
						fc.tuple(
							fc.constant(path),
							fc.constant(hostile),
							fc.oneof(
								{ weight: 3, arbitrary: fc.constant(undefined) },
								{ weight: 1, arbitrary: fc.constantFrom(...PARAM_NAMES, 'x') }
							)
						)
					)
					.map(([path, hostile, key]) => JSON.stringify(mutate(seed, path, hostile, key)))
			},
			{ weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
			{
				weight: 1,
				arbitrary: fc.constantFrom(
					'',
					'{',
					'{"a":',
					'null',
					'[]',
					'"x"',
					'{"__proto__":{"polluted":1}}',
					`${'['.repeat(100_000)}${']'.repeat(100_000)}`,
					`{"name":"${'x'.repeat(1_200_000)}"}`
				)
			}
		);
	return fc.constantFrom(...ROUTES()).chain((route) => {
		const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]);
		const key = `${route.method} ${route.path}`;
		const hasBody = route.method !== 'GET';
		return fc
			.record({
				segments: fc.tuple(...names.map(segment)),
				pairs: pairs(namesOf(ROUTE_QUERY[route.path])),
				repeat: fc.nat(5).map((n) => n === 0),
				keepBase: fc.boolean(),
				body: hasBody ? body(bodies[key] ?? {}) : fc.constant(undefined),
				raw: fc.oneof(
					{ weight: 5, arbitrary: fc.constant('') },
					{ weight: 1, arbitrary: fc.constantFrom(...RAW_QUERIES) }
				),
				contentType: fc.constantFrom(
					'application/json',
					'application/json',
					'application/json',
					'application/json; charset=utf-8',
					'application/json',
					'text/plain',
					''
				)
			})
			.map(({ segments, pairs, repeat, keepBase, body, raw, contentType }) => {
				let k = 0;
				const path = route.path.replace(/:(\w+)/g, () => {
					const text = segments[k++];
					return RAW_SEGMENTS.includes(text)
						? text
						: encodeURIComponent(text.replace(LONE_SURROGATE, '\uFFFD'));
				});
				const query = new URLSearchParams(keepBase ? (BASE_QUERY[route.path] ?? {}) : {});
				for (const [n, v] of pairs) query.set(n, v);
				// Now and then one parameter twice (`?pest=rat&pest=fly`).
				if (repeat && pairs.length) query.append(pairs[0][0], pairs.at(-1)![1]);
				const qs = `${query}${raw}`;
				return {
					method: route.method,
					path: qs ? `${path}?${qs}` : path,
					headers: (contentType ? { 'content-type': contentType } : {}) as Record<string, string>,
					body,
					route: key,
					texts: [...segments, ...pairs.flat(), ...(body ? textsIn(body) : [])]
				};
			});
	});
}

/** Why an answer breaks the rules (`5xx`, `shape`, `long`, `internals`, `quote`), or null. */
async function problemWith(sent: Sent, res: Response): Promise<string | null> {
	if (res.status >= 500) return `5xx ${res.status}`;
	if (res.status < 400) return null;
	const text = await res.text();
	let body: { error?: { code?: unknown; message?: unknown } };
	try {
		body = JSON.parse(text);
	} catch {
		return `shape: ${res.status} without a JSON body`;
	}
	const { code, message } = body.error ?? {};
	if (typeof code !== 'string' || typeof message !== 'string' || !message)
		return `shape: ${res.status} not in the error shape`;
	if (message.length > 2_000) return `long: ${res.status} message over 2,000 characters`;
	if (INTERNALS.test(message)) return `internals: ${res.status} ${message.slice(0, 100)}`;
	for (const t of sent.texts) {
		if (t.length > QUOTE_CHARS && text.includes(t.slice(0, QUOTE_CHARS + 1)))
			return `quote: ${res.status} more than ${QUOTE_CHARS} characters of the input`;
	}
	return null;
}

const INTERNALS =
	/(\bat \S+:\d+:\d+|SyntaxError|TypeError|RangeError|Unexpected token|JSON at position|Binder Error|Conversion Error|Catalog Error|Parser Error|Invalid Input Error|Constraint Error|duckdb|bigint|int64|9007199254740991)/i;

describe('fuzzing every route', () => {
	it('enumerates the routes of the app, each JSON route with a seed body', () => {
		const routes = ROUTES().map((r) => `${r.method} ${r.path}`);
		expect(routes.length).toBeGreaterThan(35);
		const bodies = seedBodies();
		expect(routes.filter((r) => !r.startsWith('GET ') && !(r in bodies))).toEqual([]);
	});

	it(
		`answers ${RUNS} hostile requests (seed ${SEED}) without a 5xx, each 4xx in the error shape`,
		{ timeout: 120_000 + RUNS * 2_000 },
		async () => {
			const problems = new Map<string, { count: number; example: string }>();
			let sent = 0;
			const started = Date.now();
			// The 500 handler logs each failure with its stack; the summary below is enough here.
			const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
			await fc.assert(
				fc.asyncProperty(requestArbitrary(), async (req) => {
					sent++;
					if (LOG)
						appendFileSync(
							LOG,
							`${req.method} ${req.path.slice(0, 300)} ${(req.body ?? '').slice(0, 300)}
`
						);
					const res = await app.request(req.path, {
						method: req.method,
						headers: req.headers,
						body: req.body
					});
					const problem = await problemWith(req, res);
					if (!problem) return;
					const where = `${problem} — ${req.route}`;
					const seen = problems.get(where);
					if (seen) seen.count++;
					else
						problems.set(where, {
							count: 1,
							example: `${req.method} ${req.path.slice(0, 160)} ${(req.body ?? '').slice(0, 160)}`
						});
				}),
				{ numRuns: RUNS, seed: SEED, endOnFailure: true }
			);
			quiet.mockRestore();
			const count = (kind: string) =>
				[...problems].filter(([p]) => p.startsWith(kind)).reduce((n, [, p]) => n + p.count, 0);
			console.info(
				`fuzz: ${sent} requests in ${((Date.now() - started) / 1000).toFixed(1)} s: ${count('5xx')} 5xx, ${count('')} broke a rule (${problems.size} kinds by route)`
			);
			expect([...problems].map(([p, { count, example }]) => `${count}× ${p} — ${example}`)).toEqual(
				[]
			);
		}
	);
});
