import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
let app: TestApp;
beforeEach(async () => {
	db = await createMiniTownStore();
	app = createTestApp({ db, version: 'test' });
});
afterEach(async () => db.close());

const send = async (method: string, path: string, body?: unknown) => {
	const res = await app.request(path, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: res.status, body: await res.json() };
};

describe('/api/campaigns', () => {
	it('lists the campaigns the loaded spray events name', async () => {
		expect((await send('GET', '/api/campaigns')).body).toEqual({
			// Issue 17: the window fields as before, plus the plan's pests and counts.
			campaigns: [
				{
					id: '2024-1',
					name: '2024 春季除四害',
					from: '2024-03-25',
					to: '2024-03-25',
					pests: [],
					phases: 0,
					targets: 0,
					treated: 0
				}
			]
		});
	});

	it('lets a clerk widen a campaign window and add a new one numbered in its year', async () => {
		const put = await send('PUT', '/api/campaigns/2024-1', {
			name: '2024 春季除四害',
			from: '2024-03-10',
			to: '2024-04-30'
		});
		expect(put.status).toBe(200);
		const post = await send('POST', '/api/campaigns', {
			name: '2024 秋季除四害',
			from: '2024-09-01',
			to: '2024-10-31'
		});
		expect(post).toEqual({
			status: 201,
			body: { id: '2024-2', name: '2024 秋季除四害', from: '2024-09-01', to: '2024-10-31' }
		});
		expect(
			(await send('GET', '/api/campaigns')).body.campaigns.map((c: { from: string }) => c.from)
		).toEqual(['2024-03-10', '2024-09-01']);
	});

	it.each([
		[
			'PUT',
			'/api/campaigns/2024-1',
			{ name: 'x', from: '2024-05-01', to: '2024-04-01' },
			400,
			/from must not be after to/
		],
		[
			'PUT',
			'/api/campaigns/nope',
			{ name: 'x', from: '2024-05-01', to: '2024-06-01' },
			404,
			/no campaign "nope"/
		],
		[
			'POST',
			'/api/campaigns',
			{ id: '2024-1', name: 'x', from: '2024-05-01', to: '2024-06-01' },
			409,
			/campaign id "2024-1" is taken/
		],
		[
			'POST',
			'/api/campaigns',
			{ name: '', from: '2024-05-01', to: '2024-06-01' },
			400,
			/name must not be empty/
		]
	])('%s %s %j -> %i', async (method, path, body, status, message) => {
		const res = await send(method, path, body);
		expect(res.status).toBe(status);
		expect(res.body.error.message).toMatch(message);
	});
});
