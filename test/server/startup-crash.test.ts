import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDemoTown } from '../../server/demo-town';
import { demoOrderCount } from '../helpers/demo-order-count';
import { startServer } from '../helpers/server-process';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'sanimap-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Start-up seeds the demo town (~8 s alone); CI machines run other test files beside it. */
const START_UP_TIMEOUT_MS = 180_000;

/**
 * Starts the server and kills it with SIGKILL `afterMs` after it says it is writing the demo
 * town; resolves with everything it printed.
 */
function killDuringSeeding(env: Record<string, string>, afterMs: number): Promise<string> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
		cwd: ROOT,
		env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	return new Promise((done) => {
		child.stdout.on('data', (chunk: Buffer) => {
			log += chunk.toString();
			if (log.includes('Writing the demo town') && !child.killed) {
				setTimeout(() => child.kill('SIGKILL'), afterMs);
			}
		});
		child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
		child.on('exit', () => done(log));
	});
}

describe('a first start killed while seeding', () => {
	it(
		'is set up again by the next start, which ends with the whole demo town',
		async () => {
			const db = join(dir, 'killed.duckdb');
			const firstLog = await killDuringSeeding({ SANIMAP_DB: db }, 300);
			// Killed mid-way: it never finished seeding nor started serving.
			expect(firstLog).not.toContain('Created');
			expect(firstLog).not.toContain('running at');

			const town = generateDemoTown(1);
			const second = await startServer({ SANIMAP_DB: db }, START_UP_TIMEOUT_MS);
			const health = await (await fetch(`${second.url}/api/health`)).json();
			expect(health.counts).toEqual({
				zones: town.zones.length,
				roads: town.roads.length,
				blindspots: town.blindSpots.length + demoOrderCount(town),
				surveys: town.surveys.length
			});
			const headers = { authorization: second.authorization };
			const meta = await (await fetch(`${second.url}/api/meta`, { headers })).json();
			expect(meta.synthetic).toBe(true);
			expect(second.output()).toContain('did not finish; set it up again');
			expect(await second.stop()).toBe(0);

			// The third start finds the mark and seeds nothing.
			const third = await startServer({ SANIMAP_DB: db }, START_UP_TIMEOUT_MS);
			expect(third.output()).not.toContain('Writing the demo town');
			expect(await third.stop()).toBe(0);
		},
		START_UP_TIMEOUT_MS
	);
});
