import { describe, expect, it } from 'vitest';
import {
	memoryOutboxStore,
	Outbox,
	retryDelaySeconds,
	type OutboxStore,
	type SendFetch
} from '../../../../web/src/pages/phone/outbox';

/** A server that answers by script and remembers keys, as the cases API does. */
function fakeServer(script: Array<'ok' | 'down' | 500 | 409 | 429 | 'lost'>) {
	const seen = new Map<string, { id: string }>();
	const calls: { path: string; key: string; fields: Record<string, string>; files: number }[] = [];
	let writes = 0;
	const fetchFn: SendFetch = async (path, init) => {
		const key = new Headers(init.headers).get('idempotency-key') ?? '';
		const form = init.body as FormData;
		const fields: Record<string, string> = {};
		let files = 0;
		for (const [k, v] of form) typeof v === 'string' ? (fields[k] = v) : files++;
		calls.push({ path, key, fields, files });
		const step = script.shift() ?? 'ok';
		if (step === 'down') throw new TypeError('Failed to fetch');
		if (typeof step === 'number')
			return new Response(JSON.stringify({ error: { message: `no (${step})` } }), {
				status: step
			});
		let answer = seen.get(key);
		if (!answer) {
			answer = { id: `C${++writes}` };
			seen.set(key, answer);
		}
		if (step === 'lost') throw new TypeError('connection reset');
		return new Response(JSON.stringify(answer), { status: 201 });
	};
	return { fetchFn, calls, writes: () => writes };
}

const report = (key: string, note = '') => ({
	key,
	kind: 'report' as const,
	caseId: null,
	fields: { category: 'exposed_garbage', description: note, lng: '113.09', lat: '22.95' },
	madeAt: '2025-09-26T10:00:00'
});
const photo = () => ({ field: 'photos' as const, blob: new Blob([new Uint8Array([1, 2, 3])]) });

async function blobCount(store: OutboxStore, ids: string[]) {
	let n = 0;
	for (const id of ids) if (await store.blob(id)) n++;
	return n;
}

describe('Outbox', () => {
	it('keeps items while offline and sends them in order once the network returns', async () => {
		const store = memoryOutboxStore();
		const server = fakeServer(['down', 'ok', 'ok']);
		const box = new Outbox(store, server.fetchFn);
		const a = await box.add(report('k1', 'first'), [photo()]);
		await box.add(report('k2', 'second'), [photo(), photo()]);
		const offline = await box.flush();
		expect(offline.stopped).toBe(true);
		expect(await box.items()).toHaveLength(2);
		expect((await box.items())[0]).toMatchObject({ state: 'waiting', attempts: 1 });
		const online = await box.flush();
		expect(online.sent.map((s) => s.item.fields.description)).toEqual(['first', 'second']);
		expect(server.calls.map((c) => [c.key, c.files])).toEqual([
			['k1', 1],
			['k1', 1],
			['k2', 2]
		]);
		expect(await box.items()).toEqual([]);
		expect(
			await blobCount(
				store,
				a.photos.map((p) => p.id)
			)
		).toBe(0);
	});

	it('resends after a lost answer with the same key: one write, the first answer', async () => {
		const server = fakeServer(['lost', 'ok']);
		const box = new Outbox(memoryOutboxStore(), server.fetchFn);
		await box.add(report('k1'), [photo()]);
		expect((await box.flush()).stopped).toBe(true);
		const again = await box.flush();
		expect(again.sent[0].body).toEqual({ id: 'C1' });
		expect(server.writes()).toBe(1);
	});

	it('waits on 5xx and 429 but keeps a definite 4xx with its message, and goes on', async () => {
		const server = fakeServer([500, 429, 409, 'ok']);
		const box = new Outbox(memoryOutboxStore(), server.fetchFn);
		await box.add(report('k1'), [photo()]);
		await box.add(report('k2'), [photo()]);
		expect((await box.flush()).stopped).toBe(true);
		expect((await box.flush()).stopped).toBe(true);
		const third = await box.flush();
		expect(third.refused.map((i) => [i.key, i.error])).toEqual([['k1', 'no (409)']]);
		expect(third.sent.map((s) => s.item.key)).toEqual(['k2']);
		const left = await box.items();
		expect(left).toHaveLength(1);
		expect(left[0]).toMatchObject({ key: 'k1', state: 'refused' });
		// A refused item is not sent again; the user discards it.
		await box.flush();
		expect(server.calls).toHaveLength(4);
		await box.discard('k1');
		expect(await box.items()).toEqual([]);
	});

	it('sends an action to its case with before/after photos in their fields', async () => {
		const server = fakeServer(['ok']);
		const box = new Outbox(memoryOutboxStore(), server.fetchFn);
		await box.add(
			{
				key: 'k9',
				kind: 'action',
				caseId: 'C20250926-ABC123',
				fields: { action: 'handle', note: '已清理' },
				madeAt: '2025-09-26T11:00:00'
			},
			[{ field: 'after', blob: new Blob([new Uint8Array([9])]) }]
		);
		await box.flush();
		expect(server.calls[0]).toMatchObject({
			path: '/api/cases/C20250926-ABC123/actions',
			key: 'k9',
			fields: { action: 'handle', note: '已清理' },
			files: 1
		});
	});

	it('runs one flush at a time', async () => {
		const server = fakeServer(['ok']);
		const box = new Outbox(memoryOutboxStore(), server.fetchFn);
		await box.add(report('k1'), [photo()]);
		await Promise.all([box.flush(), box.flush()]);
		expect(server.calls).toHaveLength(1);
	});

	it('backs off 5, 10, 20 … seconds up to five minutes', () => {
		expect([1, 2, 3, 4, 10].map(retryDelaySeconds)).toEqual([5, 10, 20, 40, 300]);
	});
});
