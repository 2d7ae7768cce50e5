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
