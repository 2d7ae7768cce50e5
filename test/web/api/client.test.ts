import { describe, expect, it } from 'vitest';
import { ApiError, createApiClient, type FetchFn } from '../../../web/src/api/client';

const respond =
	(status: number, body: unknown): FetchFn =>
	async () =>
		new Response(JSON.stringify(body), { status });

describe('createApiClient', () => {
	it('asks for a layer with its query string', async () => {
		const seen: string[] = [];
		const client = createApiClient(async (url) => {
			seen.push(url);
			return new Response(JSON.stringify({ type: 'FeatureCollection', features: [] }));
		});
		await client.layer('roads', 'bbox=1%2C2%2C3%2C4');
		await client.layer('zones', '');
		expect(seen).toEqual(['/api/layers/roads?bbox=1%2C2%2C3%2C4', '/api/layers/zones']);
	});

	it('turns the error body into an ApiError with code and message', async () => {
		const client = createApiClient(
			respond(400, { error: { code: 'bad_request', message: 'bbox must be four numbers' } })
		);
		await expect(client.meta()).rejects.toMatchObject({
			status: 400,
			code: 'bad_request',
			message: 'bbox must be four numbers'
		});
	});

	it('reports an unreachable server as a network error', async () => {
		const client = createApiClient(async () => {
			throw new TypeError('fetch failed');
		});
		const error = await client.catalogues().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ApiError);
		expect((error as ApiError).code).toBe('network');
	});

	it('lets an abort through untouched', async () => {
		const client = createApiClient(async () => {
			throw new DOMException('aborted', 'AbortError');
		});
		await expect(client.meta()).rejects.toMatchObject({ name: 'AbortError' });
	});
});

describe('apiFetch and the session', () => {
	const reply = (status: number, body: unknown, headers: Record<string, string> = {}) =>
		new Response(body === null ? null : JSON.stringify(body), { status, headers });

	it('tells the listeners of a 401 unauthenticated, not of other failures', async () => {
		const { apiFetch, onUnauthenticated } = await import('../../../web/src/api/client');
		const answers = [
			reply(401, { error: { code: 'unauthenticated', message: 'sign in' } }),
			reply(401, { error: { code: 'invalid_credentials', message: 'wrong' } }),
			reply(403, { error: { code: 'forbidden', message: 'no' } }),
			reply(200, { ok: true })
		];
		const realFetch = globalThis.fetch;
		globalThis.fetch = (async () => answers.shift()!) as typeof fetch;
		const heard: string[] = [];
		const stop = onUnauthenticated((path) => heard.push(path));
		try {
			for (const path of ['/api/overview', '/api/auth/login', '/api/import', '/api/meta'])
				await apiFetch(path);
		} finally {
			stop();
			globalThis.fetch = realFetch;
		}
		expect(heard).toEqual(['/api/overview']);
	});

	it('reads Retry-After into the error and answers 204 with nothing', async () => {
		const { requestJson } = await import('../../../web/src/api/client');
		const limited = await requestJson(
			async () =>
				reply(
					429,
					{ error: { code: 'too_many_attempts', message: 'wait' } },
					{ 'retry-after': '42' }
				),
			'/api/auth/login'
		).catch((e: unknown) => e);
		expect(limited).toMatchObject({ status: 429, code: 'too_many_attempts', retryAfter: 42 });
		expect(await requestJson(async () => reply(204, null), '/api/auth/logout')).toBeUndefined();
	});
});
