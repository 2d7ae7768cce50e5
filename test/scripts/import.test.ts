import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer, type RunningServer } from '../helpers/server-process';

/** `npm run import` as a user runs it: against a running server, and alone on a database file. */
const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let good: string;
let bad: string;

beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'sanimap-cli-'));
	good = join(dir, 'good.csv');
	bad = join(dir, 'bad.csv');
	writeFileSync(
		good,
		'编号,方法,日期,数量,有效数,经度,纬度\nC1,mosquito.light_trap,2024/6/1,3,1,113.0845,22.9535\n'
	);
	writeFileSync(
		bad,
		'id,method,surveyed_at,count,effort,lng,lat\nC1,mosquito.light_trap,2024-06-01,3,1,113.0845,22.9535\nC2,mosquito.container,2024-06-01,9,3,113.0845,22.9535\nC3,mosquito.light_trap,someday,1,1,113.0845,22.9535\n'
	);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runCli(
	args: string[],
	env: Record<string, string>
): Promise<{ code: number; out: string }> {
	return new Promise((done) => {
		execFile(
			process.execPath,
			['--import', 'tsx', 'scripts/import.ts', ...args],
			{ cwd: ROOT, env: { ...process.env, ...env } },
			(error, stdout, stderr) =>
				done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, out: stdout + stderr })
		);
	});
}

describe('npm run import without a server', () => {
	it('opens SANIMAP_DB itself, says so, and imports', async () => {
		const env = { SANIMAP_DB: join(dir, 'alone.duckdb'), SANIMAP_URL: 'http://127.0.0.1:9' };
		const { code, out } = await runCli(['--kind', 'surveys', good], env);
		expect(out).toContain(`opening ${env.SANIMAP_DB} directly`);
		expect(out).toContain('Imported: inserted 1, updated 0 (csv, utf-8, wgs84)');
		expect(code).toBe(0);
		const again = await runCli(['--kind', 'surveys', '--dry-run', good], env);
		expect(again.out).toContain('Dry run, nothing written: would insert 0, would update 1');
	}, 60_000);

	it('prints the problems as a table, one line per group, in Chinese unless asked, and exits 1', async () => {
		const env = { SANIMAP_DB: join(dir, 'alone.duckdb'), SANIMAP_URL: 'http://127.0.0.1:9' };
		const { code, out } = await runCli(['--kind', 'surveys', bad], env);
		expect(code).toBe(1);
		expect(out).toMatch(/行\s+列\s+问题/);
		expect(out).toMatch(/3\s+count\s+容器指数的数量不能大于有效监测量（如 “9 > 3”）/);
		expect(out).toMatch(
			/4\s+surveyed_at\s+不是可识别的日期，请写成 2024-05-03 或 2024\/5\/3 09:30（如 “someday”）/
		);
	}, 60_000);

	it('exits 2 with usage for a missing kind', async () => {
		const { code, out } = await runCli([good], { SANIMAP_URL: 'http://127.0.0.1:9' });
		expect(code).toBe(2);
		expect(out).toContain('--kind must be one of zones, roads, blindspots, surveys, pois, sprays');
	});
});

describe('npm run import with a running server', () => {
	let server: RunningServer;
	beforeAll(async () => {
		server = await startServer({ SANIMAP_DB: join(dir, 'served.duckdb'), SANIMAP_DEMO: '0' });
	}, 60_000);
	afterAll(async () => server?.stop());

	it('posts to the server (which holds the file) and reports the same way', async () => {
		const { code, out } = await runCli(['--kind', 'surveys', '--crs', 'gcj02', good], {
			SANIMAP_URL: server.url,
			SANIMAP_TOKEN: server.token
		});
		expect(out).toContain(`Importing through the running server at ${server.url}`);
		expect(out).toContain('Imported: inserted 1, updated 0 (csv, utf-8, gcj02)');
		expect(code).toBe(0);
		const health = (await (await fetch(`${server.url}/api/health`)).json()) as {
			counts: { surveys: number };
		};
		expect(health.counts.surveys).toBe(1);
		const rejected = await runCli(['--kind', 'surveys', '--lang', 'en', bad], {
			SANIMAP_URL: server.url,
			SANIMAP_TOKEN: server.token
		});
		expect(rejected.code).toBe(1);
		expect(rejected.out).toMatch(/row\s+column\s+problem/);
		expect(rejected.out).toMatch(
			/3\s+count\s+with Container index the count cannot exceed the effort \(e.g. "9 > 3"\)/
		);
	}, 60_000);
});
