import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largestPlanBody } from '../helpers/mixed-load';
import { startServer } from '../helpers/server-process';

const dir = mkdtempSync(join(tmpdir(), 'sanimap-shutdown-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** README: SIGTERM finishes in-flight work and exits within 5 s; allow start-up noise. */
const SHUTDOWN_BOUND_MS = 5_000;
const MARGIN_MS = 1_500;

function surveysCsv(rows: number): string {
	const lines = ['id,method,surveyed_at,count,effort,lng,lat'];
	for (let i = 0; i < rows; i++) {
		lines.push(`S${i},mosquito.container,2024-06-01,${i % 10},10,113.08${i % 10},22.95${i % 7}`);
	}
	return lines.join('\n');
}

async function surveyCount(url: string): Promise<number> {
	return (await (await fetch(`${url}/api/health`)).json()).counts.surveys;
}

describe('SIGTERM under load', () => {
	it('answers the import in flight (committed or refused, as the database says), closes keep-alive sockets and exits within the bound', async () => {
		const db = join(dir, 'load.duckdb');
		const server = await startServer({ SANIMAP_DB: db, SANIMAP_DEMO: '0' });
		const form = new FormData();
		form.set('file', new File([surveysCsv(60_000)], 'big.csv'));
		const importing = fetch(`${server.url}/api/import/surveys`, {
			method: 'POST',
			headers: { authorization: server.authorization },
			body: form
		});
		await new Promise((r) => setTimeout(r, 800));
		const signalledAt = Date.now();
		const exited = server.stop('SIGTERM');
		const res = await importing;
		expect([200, 503]).toContain(res.status);
		expect(res.headers.get('connection')).toBe('close');
		const body = await res.json();
		expect(await exited).toBe(0);
		expect(Date.now() - signalledAt).toBeLessThan(SHUTDOWN_BOUND_MS + MARGIN_MS);

		// What the client was told is what the file holds.
		const again = await startServer({ SANIMAP_DB: db, SANIMAP_DEMO: '0' });
		const stored = await surveyCount(again.url);
		if (res.status === 200) expect(stored).toBe(body.inserted);
		else {
			expect(body.error.code).toBe('shutting_down');
			expect(stored).toBe(0);
		}
		expect(await again.stop()).toBe(0);
	}, 120_000);

	it('stops within the bound while the largest plan is being solved', async () => {
		const server = await startServer({ SANIMAP_DB: join(dir, 'plan.duckdb'), SANIMAP_DEMO: '0' });
		const body = largestPlanBody([113.05, 22.93, 113.13, 22.99]);
		const planning = fetch(`${server.url}/api/routes/plan`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: server.authorization },
			body: JSON.stringify({ ...body, distance: 'straight' })
		});
		await new Promise((r) => setTimeout(r, 500));
		const signalledAt = Date.now();
		const exited = server.stop('SIGTERM');
		const res = await planning;
		// Answered by the solver within the grace, or 503 when its worker was stopped.
		expect([200, 503]).toContain(res.status);
		expect(await exited).toBe(0);
		expect(Date.now() - signalledAt).toBeLessThan(SHUTDOWN_BOUND_MS + MARGIN_MS);
	}, 60_000);

	it('closes idle keep-alive sockets at the signal and takes no new connections', async () => {
		const server = await startServer({ SANIMAP_DB: join(dir, 'idle.duckdb'), SANIMAP_DEMO: '0' });
		const agent = new Agent({ keepAlive: true, maxSockets: 1 });
		const closedSockets: string[] = [];
		const get = (path: string) =>
			new Promise<{ status: number; connection?: string }>((done, fail) => {
				const req = httpRequest(`${server.url}${path}`, { agent }, (res) => {
					res.resume();
					res.on('end', () =>
						done({ status: res.statusCode!, connection: res.headers.connection })
					);
				});
				req.on('socket', (s) => s.once('close', () => closedSockets.push('closed')));
				req.on('error', fail);
				req.end();
			});
		expect((await get('/api/health')).connection).toBe('keep-alive');
		const signalledAt = Date.now();
		const exited = server.stop('SIGTERM');
		await new Promise((r) => setTimeout(r, 300));
		expect(closedSockets).toEqual(['closed']);
		await expect(get('/api/health')).rejects.toThrow(/ECONNREFUSED|ECONNRESET|socket hang up/);
		agent.destroy();
		expect(await exited).toBe(0);
		// Nothing in flight: the idle socket does not hold shutdown for the grace period.
		expect(Date.now() - signalledAt).toBeLessThan(2_000);
	}, 60_000);
});
