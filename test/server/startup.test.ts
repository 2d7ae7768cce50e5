import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { get } from 'node:http';
import { generateDemoTown } from '../../server/demo-town';
import { demoOrderCount } from '../helpers/demo-order-count';
import { startServer } from '../helpers/server-process';

const dir = mkdtempSync(join(tmpdir(), 'sanimap-startup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const health = async (url: string) => (await fetch(`${url}/api/health`)).json();

/** The raw Keep-Alive header (fetch hides hop-by-hop headers). */
const keepAliveHeader = (url: string) =>
	new Promise<string>((resolve, reject) =>
		get(`${url}/api/health`, (response) => {
			response.resume();
			resolve(String(response.headers['keep-alive']));
		}).on('error', reject)
	);

/** Start-up seeds the demo town (~8 s alone); CI machines run other test files beside it. */
const START_UP_TIMEOUT_MS = 120_000;

describe('start-up contract (design.md §3)', () => {
	it(
		'creates an empty database with SANIMAP_DEMO=0 and exits 0 on SIGTERM',
		async () => {
			const db = join(dir, 'empty.duckdb');
			const server = await startServer({ SANIMAP_DB: db, SANIMAP_DEMO: '0' });
			expect(await health(server.url)).toMatchObject({
				ok: true,
				counts: { zones: 0, roads: 0, blindspots: 0, surveys: 0 }
			});
			// An idle connection outlives the usual client and proxy idle timeouts (Node's 5 s
			// default reset a test's reused connection in CI).
			expect(await keepAliveHeader(server.url)).toBe('timeout=65');
			expect(await server.stop('SIGTERM')).toBe(0);
			expect(existsSync(db)).toBe(true);
		},
		START_UP_TIMEOUT_MS
	);

	it(
		'creates the demo town in a new file, with the counts the generator produced',
		async () => {
			const db = join(dir, 'demo.duckdb');
			const town = generateDemoTown(1);
			const expected = {
				zones: town.zones.length,
				roads: town.roads.length,
				// The blind spots and the 责令整改 cases the demo's patrols opened (issue 15).
				blindspots: town.blindSpots.length + demoOrderCount(town),
				surveys: town.surveys.length
			};
			const first = await startServer({ SANIMAP_DB: db });
			expect((await health(first.url)).counts).toEqual(expected);
			expect(await first.stop('SIGINT')).toBe(0);

			// Re-opening keeps the data and does not seed a second time.
			const second = await startServer({ SANIMAP_DB: db });
			expect((await health(second.url)).counts).toEqual(expected);
			expect(second.output()).not.toContain('Created');
			expect(await second.stop()).toBe(0);
		},
		START_UP_TIMEOUT_MS
	);

	it(
		'refuses a malformed PORT with a message naming it',
		async () => {
			await expect(
				startServer({ SANIMAP_DB: join(dir, 'x.duckdb'), PORT: 'eighty' })
			).rejects.toThrow(/PORT must be a number/);
		},
		START_UP_TIMEOUT_MS
	);
});
