import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runMixedLoad } from '../helpers/mixed-load';
import { startServer } from '../helpers/server-process';

const dir = mkdtempSync(join(tmpdir(), 'sanimap-load-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Issue 12: `/api/health` answers within this while the heaviest requests run. */
const HEALTH_BOUND_MS = 200;
/** No answer under that load waits longer than this (30.5 s before issue 12). */
const WORST_BOUND_MS = 2_000;

describe('heavy work never blocks the server', () => {
	it('answers /api/health within 200 ms while the largest plan, a 200k-row import and an XLSX export run at once', async () => {
		const server = await startServer({ SANIMAP_DB: join(dir, 'load.duckdb') }, 120_000);
		try {
			const r = await runMixedLoad(server.url, server.authorization);
			console.log(
				`health idle p50 ${r.idle.p50Ms.toFixed(1)} ms, max ${r.idle.maxMs.toFixed(1)} ms; under load p50 ${r.loaded.p50Ms.toFixed(1)} ms, p95 ${r.loaded.p95Ms.toFixed(1)} ms, max ${r.loaded.maxMs.toFixed(1)} ms (${r.loaded.count} requests; slowest ${JSON.stringify(r.loaded.slowest)}); plan ${r.plan.ms} ms, import ${r.import.ms} ms, xlsx ${r.xlsx.ms} ms`
			);
			expect([r.plan.status, r.import.status, r.xlsx.status]).toEqual([200, 200, 200]);
			expect(r.loaded.count).toBeGreaterThan(50);
			expect(r.loaded.p50Ms).toBeLessThan(HEALTH_BOUND_MS);
			expect(r.loaded.p95Ms).toBeLessThan(HEALTH_BOUND_MS);
			// The slowest answer: the few main-thread slices left (the XLSX's layer query and
			// formatting, record slices, appends) can meet in one turn, and on a shared 2-core
			// machine the scheduler adds its own delays (idle answers reach 250 ms there). Before
			// the workers, one plan held /api/health for 30.5 s.
			expect(r.loaded.maxMs).toBeLessThan(WORST_BOUND_MS);
		} finally {
			expect(await server.stop()).toBe(0);
		}
	}, 240_000);
});
