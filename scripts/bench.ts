import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { formatBenchTable, parseBenchJson, type TableLine } from './bench/bench-json';

/**
 * `npm run bench` (issue 18 part 5): runs every lane's bench script with `--json`, one after
 * another, and prints ONE table of figure | value | reference (same run) | target | met. A
 * script that is missing, fails, times out or prints no BENCH_JSON line is a row saying so.
 *
 * Knobs: BENCH_ONLY=routes,import (names below) runs only those; BENCH_SKIP=map skips some;
 * BENCH_TIMEOUT_S (default 600) per script. Each script has its own knobs to shrink it
 * (BENCH_LOAD_ROUNDS, BENCH_HOTSPOT_POINTS …); they pass through. The demo town (BENCH_DB_1X)
 * and a 10× town (BENCH_DB_10X, `npm run seed -- --scale 10`) are built once here for the
 * scripts that compare 1× with 10× (load, map, layers) unless given; a script copies a file
 * before it writes to it. Sub-bench output goes to
 * stderr as it comes, so a long run shows progress; the table is the only stdout.
 */
const SUB_BENCHES = [
	{ name: 'import', script: 'scripts/bench-import.ts', what: 'CSV import vs DuckDB read_csv' },
	{ name: 'hotspots', script: 'scripts/bench-hotspots.ts', what: 'Gi* at 1M points' },
	{ name: 'routes', script: 'scripts/bench-routes.ts', what: 'CVRPLIB and TSPLIB gaps' },
	{ name: 'load', script: 'scripts/bench-load.ts', what: 'API p50/p99 under load, 1× and 10×' },
	{ name: 'map', script: 'scripts/bench-map.ts', what: 'first map frame, 1× and 10×' },
	{ name: 'layers', script: 'scripts/bench-layers.ts', what: 'layer bytes and ms' },
	{ name: 'ogc', script: 'scripts/bench-ogc.ts', what: 'GDAL copy over OGC API' }
] as const;

const ROOT = resolve(import.meta.dirname, '..');
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 600) * 1000;

const list = (v: string | undefined) =>
	new Set(
		(v ?? '')
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean)
	);

/** Runs one script with --json; resolves with its stdout, or rejects saying why it failed. */
function runScript(script: string): Promise<string> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, ['--import', 'tsx', script, '--json'], {
			cwd: ROOT,
			env: process.env,
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true
		});
		let out = '';
		let timedOut = false;
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk;
			process.stderr.write(chunk);
		});
		child.stderr.on('data', (chunk: Buffer) => process.stderr.write(chunk));
		const timer = setTimeout(() => {
			timedOut = true;
			// Its own process group: a server or browser it started goes too.
			if (child.pid) process.kill(-child.pid, 'SIGKILL');
		}, TIMEOUT_MS);
		child.on('error', (error) => {
			clearTimeout(timer);
			fail(error);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			if (timedOut) fail(new Error(`timed out after ${TIMEOUT_MS / 1000} s`));
			else if (code !== 0) fail(new Error(`exit ${code ?? signal}`));
			else done(out);
		});
	});
}

/** Benches that read BENCH_DB_1X / BENCH_DB_10X. */
const SCALED = new Set(['load', 'map', 'layers']);

/** Runs a script and waits for it, its output on stderr; rejects when it fails. */
function runQuiet(args: string[]): Promise<void> {
	return new Promise((done, fail) => {
		const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
			cwd: ROOT,
			stdio: ['ignore', 2, 2]
		});
		child.on('error', fail);
		child.on('close', (code) => (code === 0 ? done() : fail(new Error(`exit ${code}`))));
	});
}

/** Builds the 1× and 10× files the scaled benches share, unless given. */
async function buildScaleFiles(dir: string): Promise<void> {
	for (const [name, scale] of [
		['BENCH_DB_1X', 1],
		['BENCH_DB_10X', 10]
	] as const) {
		if (process.env[name]) continue;
		const out = join(dir, `x${scale}.duckdb`);
		process.stderr.write(`\n=== building ${name}: npm run seed -- --scale ${scale}\n`);
		await runQuiet(['scripts/seed-demo.ts', '--out', out, '--scale', String(scale)]);
		process.env[name] = out;
	}
}

async function runBenches(): Promise<TableLine[]> {
	const only = list(process.env.BENCH_ONLY);
	const skip = list(process.env.BENCH_SKIP);
	const runs = (name: string) => !((only.size && !only.has(name)) || skip.has(name));
	const lines: TableLine[] = [];
	const dir = mkdtempSync(join(tmpdir(), 'sanimap-bench-'));
	try {
		if (SUB_BENCHES.some((b) => SCALED.has(b.name) && runs(b.name)))
			await buildScaleFiles(dir).catch((error: Error) =>
				lines.push({
					bench: 'scale',
					problem: 'failed',
					detail: `building the 1×/10× towns: ${error.message}`
				})
			);
		for (const bench of SUB_BENCHES) await runOne(bench, runs(bench.name), lines);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return lines;
}

async function runOne(
	bench: (typeof SUB_BENCHES)[number],
	runs: boolean,
	lines: TableLine[]
): Promise<void> {
	const { name, script } = bench;
	if (!runs) {
		lines.push({ bench: name, problem: 'skipped', detail: 'BENCH_ONLY / BENCH_SKIP' });
		return;
	}
	if (!existsSync(resolve(ROOT, script))) {
		lines.push({ bench: name, problem: 'missing', detail: `${script} not in this tree` });
		return;
	}
	const started = performance.now();
	process.stderr.write(`\n=== ${name}: ${script} --json (${bench.what})\n`);
	try {
		const rows = parseBenchJson(await runScript(script));
		for (const row of rows) lines.push({ bench: name, row });
	} catch (error) {
		lines.push({ bench: name, problem: 'failed', detail: (error as Error).message });
	}
	process.stderr.write(`=== ${name}: ${Math.round((performance.now() - started) / 1000)} s\n`);
}

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const started = performance.now();
const loadBefore = loadAverage();
const lines = await runBenches();
console.log(formatBenchTable(lines));
console.log(
	`${Math.round((performance.now() - started) / 1000)} s in all; load average (1, 5, 15 min) ` +
		`${loadBefore} at the start, ${loadAverage()} at the end, on ${cpus().length} cores`
);
