/**
 * Issue 12 (items 3, 5, 9): what a fuzzing review sent to the API. Each case was a 500, a
 * 200 for nonsense, or an unbounded store or message; each is now a 4xx in the error shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import { MAX_JSON_BODY_BYTES } from '../../../server/middleware/json-body-limit';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';
import { createRequester, DEPOT, MINI_TOWN_STOPS } from './spray-plan-request';

let db: Database;
let app: TestApp;
let planId: string;
const { get, post, put } = createRequester(() => app);
const patch = async (path: string, body: unknown) => {
	const res = await app.request(path, {
		method: 'PATCH',
		headers: { 'content-type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body)
	});
	return { status: res.status, body: (await res.json()) as { error: { message: string } } };
};

beforeAll(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
	const planned = await post('/api/routes/plan', {
		stops: MINI_TOWN_STOPS,
		teams: [{ id: 't1', start: DEPOT }]
	});
	const saved = await post('/api/routes', {
		name: 'fuzz',
		date: '2024-05-10',
		routes: planned.body.routes,
		unassigned: planned.body.unassigned
	});
	planId = saved.body.id;
});
afterAll(async () => db.close());

/** A 4xx in the one error shape whose message matches `message`. */
function expectRefusal(res: { status: number; body: unknown }, status: number, message: RegExp) {
	expect(res.status).toBe(status);
	expect(res.body).toEqual({
		error: expect.objectContaining({
			code: expect.any(String),
			message: expect.stringMatching(message)
		})
	});
}

describe('issue 12: requests that were 500s', () => {
	it.each([
		[
			'/api/overview?season=0999-summer',
			/^season: "0999-summer" lies outside the years 1900 to 2100$/
		],
		['/api/hotspots/emerging?from=0999-01-01', /^from must be in the years 1900 to 2100$/],
		[
			'/api/compare?pest=rat&method=rat.indoor_signs&a=2024&b=9999-winter',
			/^b: "9999-winter" lies outside the years 1900 to 2100$/
		],
		[
			'/api/series?pest=rat&method=rat.indoor_signs&years=0999,2024',
			/^years must be years from 1900 to 2100$/
		]
	])('a year outside 1900–2100: %s is a 400', async (path, message) => {
		expectRefusal(await get(path), 400, message);
	});

	it('a threshold limit of 1e308 is a 400 naming the range', async () => {
		const res = await put('/api/catalogues/thresholds', {
			rows: [
				{ standard: 'X', method: 'rat.indoor_signs', indicator: 'value', level: 'A', limit: 1e308 }
			]
		});
		expectRefusal(res, 400, /rows\[0\]\.limit: limit must be from 0 to/);
	});

	it.each([
		[{ amount: 1e19 }, /^amount must be from 0 to 100000$/],
		[{ at: '2025-02-30T10:00' }, /^at is not a real calendar date and time$/],
		[{ at: '2025-01-01T24:00' }, /^at is not a real calendar date and time$/]
	])('a visit with %j is a 400', async (change, message) => {
		const visit = { status: 'done', chemical: '溴敌隆', amount: 2, unit: 'kg', ...change };
		expectRefusal(await post(`/api/routes/${planId}/stops/a/visit`, visit), 400, message);
	});

	it('ten campaigns created at once each get their own id', async () => {
		const results = await Promise.all(
			Array.from({ length: 10 }, (_, k) =>
				post('/api/campaigns', { name: `并发 ${k}`, from: '2026-04-01', to: '2026-04-30' })
			)
		);
		expect(results.map((r) => r.status)).toEqual(Array(10).fill(201));
		const ids = results.map((r) => r.body.id as string).sort();
		expect(new Set(ids).size).toBe(10);
		expect(ids).toContain('2026-1');
		expect(ids).toContain('2026-10');
	});
});

describe('issue 12: sizes', () => {
	it(`a JSON body over ${MAX_JSON_BODY_BYTES} bytes is a 413 in the error shape, and nothing is stored`, async () => {
		const huge = 'x'.repeat(MAX_JSON_BODY_BYTES + 1);
		const res = await patch('/api/catalogues/survey-methods/rat.indoor_signs', { nameZh: huge });
		expect(res.status).toBe(413);
		expect(res.body).toEqual({
			error: {
				code: 'too_large',
				message: expect.stringMatching(/body is over the limit/),
				details: { limit: MAX_JSON_BODY_BYTES }
			}
		});
		const { body } = await get('/api/catalogues');
		const method = body.surveyMethods.find((m: { code: string }) => m.code === 'rat.indoor_signs');
		expect(method.nameZh.length).toBeLessThan(100);
	});

	it('a survey-method name over 200 characters is a 400', async () => {
		const res = await patch('/api/catalogues/survey-methods/rat.indoor_signs', {
			nameZh: '鼠'.repeat(201)
		});
		expectRefusal(res, 400, /^nameZh must be at most 200 characters$/);
	});

	it('an import upload keeps its own limit: a 1.5 MB file is previewed', async () => {
		const rows = Array.from({ length: 40_000 }, (_, k) => `p${k},market,市场${k},113.08,22.95`);
		const csv = `id,kind,name,lng,lat\n${rows.join('\n')}\n`;
		expect(csv.length).toBeGreaterThan(MAX_JSON_BODY_BYTES);
		const form = new FormData();
		form.append('file', new File([csv], 'pois.csv', { type: 'text/csv' }));
		const res = await app.request('/api/import/pois/preview', { method: 'POST', body: form });
		expect(res.status).toBe(200);
	});
});

describe('issue 12: consistency', () => {
	it.each([
		['/api/layers/zones?kind=nope', /kind must be one or more of/],
		['/api/layers/zones?kind=market', /kind: market is not a kind of zones/],
		['/api/layers/zones?bbox=1e999,2,3,4', /bbox must be four numbers/],
		['/api/layers/zones?bbox=,,,', /bbox must be four numbers/],
		['/api/layers/zones?bbox=1,2,,4', /bbox must be four numbers/],
		['/ogc/collections/zones/items?bbox=,,,', /bbox must be four numbers/],
		['/ogc/collections/surveys/items?datetime=2025-02-30', /datetime must be an RFC 3339/],
		['/ogc/collections/surveys/items?datetime=2025-02-28T25:00:00', /datetime must be an RFC 3339/],
		['/ogc/collections/surveys/items?datetime=2025-02-30/..', /datetime must be an RFC 3339/]
	])('%s is a 400', async (path, message) => {
		const res = await get(path);
		expect(res.status).toBe(400);
		expect(res.body.error.message).toMatch(message);
	});

	it.each([
		['/api/density?pest=rat&pest=fly', 'pest'],
		['/api/hotspots?res=8&res=9', 'res'],
		['/api/routes/targets?source=blindspots_open&source=survey_sites', 'source'],
		['/ogc/collections/surveys/items?limit=1&limit=2', 'limit'],
		['/api/layers/surveys?from=2024-01-01&from=2024-02-01', 'from']
	])('a single-valued parameter given twice is a 400: %s', async (path, name) => {
		const res = await get(path);
		expect(res.status).toBe(400);
		expect(res.body.error.message).toBe(`${name} was given 2 times; give it once`);
	});

	it('a list parameter given twice counts as one comma-separated list', async () => {
		const twice = await get('/api/layers/surveys?pest=rat&pest=fly');
		const once = await get('/api/layers/surveys?pest=rat,fly');
		expect(twice.status).toBe(200);
		expect(twice.body).toEqual(once.body);
	});

	const long = `Q${'界'.repeat(500)}`;
	it.each([
		[`/api/layers/${encodeURIComponent(long)}`],
		[`/api/${encodeURIComponent(long)}`],
		[`/api/overview?season=${encodeURIComponent(long.slice(0, 90))}`],
		[`/api/density?pest=rat&${encodeURIComponent(long)}=1`],
		[`/ogc/collections/${encodeURIComponent(long)}`],
		[`/api/routes/${encodeURIComponent(long.slice(0, 90))}`]
	])('a message quotes at most 60 characters of the input (%#)', async (path) => {
		const res = await get(path);
		expect(res.status).toBeGreaterThanOrEqual(400);
		expect(res.status).toBeLessThan(500);
		expect(res.text).not.toContain(long.slice(0, 61));
		expect(res.body.error.message).toContain(long.slice(0, 20));
	});

	it('a message lists a bounded number of problems', async () => {
		const records = Array.from({ length: 1000 }, () => ({ pest: 'rat', method: 1 }));
		const res = await post('/api/density/calculate', { records });
		expect(res.status).toBe(400);
		expect(res.body.error.message.length).toBeLessThan(2000);
		expect(res.body.error.message).toMatch(/and \d+ more problems$/);
	});
});
