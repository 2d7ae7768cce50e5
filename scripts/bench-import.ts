/**
 * `npm run bench:import [-- --json]` (issue 18 part 2): survey CSV imports against DuckDB's
 * own reader on the same file, in the same run.
 *
 * For each size (BENCH_IMPORT_ROWS, default `200000,1000000`) a deterministic survey CSV valid
 * against the demo town's catalogues and zones is written under /tmp/i18b (BENCH_IMPORT_DIR),
 * its rows at BENCH_IMPORT_POINTS distinct places (default 50,000: households and sites
 * surveyed again and again). Reference: a fresh DuckDB instance's
 * `CREATE TABLE AS SELECT * FROM read_csv(file)` (sniffed, parallel). Import: the real code
 * path (importFile by path, enrichment included) into a fresh copy of a demo-town database, in
 * a child process whose peak RSS (`process.resourceUsage().maxRSS`, worker thread and DuckDB
 * included) is the memory figure. Then the duplicate-id check of 50,000 ids against the rows
 * loaded: the semi-join the import uses, and the `list_contains` it replaced (measured on
 * BENCH_IMPORT_LIST_SLICES slices of 2,000 ids, as the old code sent them, and scaled).
 */
import { Database } from '../server/db/database';
import { execFileSync } from 'node:child_process';
import {
	closeSync,
	copyFileSync,
	existsSync,
	mkdirSync,
	openSync,
	rmSync,
	statSync,
	writeSync
} from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { generateDemoTown } from '../server/demo-town';
import { importFile } from '../server/ingest/import-file';
import { openStore } from '../server/ingest/open-store';
import { createRng } from '../server/domain/random/seeded-random';
import { systemActor } from '../server/services/actor';
import { sharedWorkerPool } from '../server/workers/worker-pool';
import { printBenchJson, type BenchRow } from './bench/bench-json';

const DIR = process.env.BENCH_IMPORT_DIR ?? '/tmp/i18b';
const SIZES = (process.env.BENCH_IMPORT_ROWS ?? '200000,1000000').split(',').map(Number);
const POINTS = Number(process.env.BENCH_IMPORT_POINTS ?? 50_000);
const LIST_SLICES = Number(process.env.BENCH_IMPORT_LIST_SLICES ?? 2);
const DUP_IDS = 50_000;
const OLD_ID_SLICE = 2_000;
const TARGET_RATIO = 0.3;
const TARGET_RSS_MB = 1024;

/** The child: one import of `csv` into `db`, its time and the process's peak RSS, as JSON. */
async function child(dbPath: string, csv: string): Promise<void> {
	const { db } = await openStore(dbPath, { demo: false });
	const work = sharedWorkerPool();
	// Start the worker before the clock: its boot (tsx) is not the import's work.
	await work.run('enrichPointBatch', {
		layers: { zones: [], roads: [], fingerprint: 'warm-up' },
		lng: [],
		lat: []
	});
	const started = performance.now();
	const result = await importFile(db, systemActor('bench'), {
		kind: 'surveys',
		bytes: new Uint8Array(0),
		path: csv,
		filename: csv,
		crs: 'wgs84',
		mapping: {},
		dryRun: false,
		serviceArea: null,
		lang: 'en'
	});
	const ms = performance.now() - started;
	await db.close();
	const maxRssMb = process.resourceUsage().maxRSS / 1024;
	console.log(JSON.stringify({ ms, inserted: result.inserted, updated: result.updated, maxRssMb }));
	process.exit(0);
}

/** A survey CSV of `rows` rows the demo town's catalogues and zones accept, always the same. */
function writeSurveyCsv(path: string, rows: number): void {
	const town = generateDemoTown(1);
	const rng = createRng(18_02);
	const methods = [...new Set(town.surveys.map((s) => s.method))];
	// Places inside the town's zones: around the demo surveys' own places, jittered.
	const places = Array.from({ length: POINTS }, () => {
		const s = rng.pick(town.surveys);
		return [
			(s.lng + rng.range(-0.002, 0.002)).toFixed(6),
			(s.lat + rng.range(-0.002, 0.002)).toFixed(6)
		];
	});
	const habitats = ['居民区', '农贸市场', '餐饮店', '建筑工地', '公园绿地', ''];
	const fd = openSync(path, 'w');
	let chunk = 'id,method,site_id,habitat,surveyed_at,count,effort,lng,lat\n';
	for (let i = 0; i < rows; i++) {
		const [lng, lat] = places[rng.int(0, POINTS - 1)];
		const effort = rng.int(1, 80);
		const day = new Date(Date.UTC(2020, 0, 1) + rng.int(0, 6 * 365) * 86_400_000)
			.toISOString()
			.slice(0, 10);
		chunk += `BS${String(i).padStart(7, '0')},${rng.pick(methods)},P${rng.int(1, 5000)},${rng.pick(habitats)},${day},${rng.int(0, effort)},${effort},${lng},${lat}\n`;
		if (chunk.length > 1 << 20) {
			writeSync(fd, chunk);
			chunk = '';
		}
	}
	writeSync(fd, chunk);
	closeSync(fd);
}

/**
 * DuckDB's own reader on the file: rows per second of a bare read_csv into a table, on a fresh
 * in-memory database with the app's settings (all cores).
 */
async function readCsvReference(path: string): Promise<{ ms: number; rows: number }> {
	const db = await Database.open(':memory:');
	try {
		const started = performance.now();
		await db.run(`CREATE TABLE t AS SELECT * FROM read_csv('${path}')`);
		const ms = performance.now() - started;
		const [{ n }] = await db.query<{ n: number }>('SELECT count(*) AS n FROM t');
		return { ms, rows: n };
	} finally {
		await db.close();
	}
}

/** 50,000 ids (every other one stored) against the stored surveys: semi-join vs list_contains. */
async function duplicateCheck(dbPath: string, rows: number) {
	const db = await Database.open(dbPath, { readOnly: true });
	try {
		const ids = Array.from({ length: DUP_IDS }, (_, k) => `BS${String(2 * k).padStart(7, '0')}`);
		return await db.session(async (session) => {
			await session.run('CREATE TEMP TABLE ids AS SELECT unnest($ids) AS id', { ids });
			let started = performance.now();
			const [{ n: found }] = await session.query<{ n: number }>(
				'SELECT count(*) AS n FROM ids SEMI JOIN surveys s ON s.id = ids.id'
			);
			const joinMs = performance.now() - started;
			started = performance.now();
			for (let k = 0; k < LIST_SLICES; k++) {
				const slice = ids.slice(k * OLD_ID_SLICE, (k + 1) * OLD_ID_SLICE);
				await session.query('SELECT id FROM surveys WHERE list_contains($ids, id)', {
					ids: slice
				});
			}
			const listMs = ((performance.now() - started) / LIST_SLICES) * (DUP_IDS / OLD_ID_SLICE);
			const [{ n: stored }] = await session.query<{ n: number }>(
				'SELECT count(*) AS n FROM surveys'
			);
			return { joinMs, listMs, found, stored, rows };
		});
	} finally {
		await db.close();
	}
}

async function main(): Promise<void> {
	const json = process.argv.includes('--json');
	mkdirSync(DIR, { recursive: true });
	const template = join(DIR, 'bench-import-demo.duckdb');
	if (!existsSync(template)) {
		const { db } = await openStore(template, { demo: true });
		await db.close();
	}
	const figures: BenchRow[] = [];
	const table: string[] = [];
	const load = loadavg()[0].toFixed(1);
	let lastDb = '';
	let lastRows = 0;
	for (const rows of SIZES) {
		const label = rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`;
		const csv = join(DIR, `bench-surveys-${rows}.csv`);
		if (!existsSync(csv)) writeSurveyCsv(csv, rows);
		const ref = await readCsvReference(csv);
		const dbPath = join(DIR, `bench-import-${rows}.duckdb`);
		rmSync(dbPath, { force: true });
		rmSync(`${dbPath}.wal`, { force: true });
		copyFileSync(template, dbPath);
		const out = execFileSync(
			process.execPath,
			['--import', 'tsx', import.meta.filename, '--child', dbPath, csv],
			{ encoding: 'utf8', maxBuffer: 1 << 24, env: process.env }
		);
		const run = JSON.parse(out.trim().split('\n').pop()!) as {
			ms: number;
			inserted: number;
			maxRssMb: number;
		};
		const refRate = ref.rows / (ref.ms / 1000);
		const rate = run.inserted / (run.ms / 1000);
		const ratio = rate / refRate;
		figures.push(
			{
				figure: `survey CSV import ${label} rows (enrichment included)`,
				value: Math.round(rate),
				unit: 'rows/s',
				reference: 'DuckDB read_csv same file',
				refValue: Math.round(refRate),
				target: `≥ ${TARGET_RATIO}× reference`,
				met: ratio >= TARGET_RATIO
			},
			{
				figure: `survey CSV import ${label} rows: peak RSS`,
				value: Math.round(run.maxRssMb),
				unit: 'MB',
				reference: null,
				refValue: null,
				target: `< ${TARGET_RSS_MB} MB`,
				met: run.maxRssMb < TARGET_RSS_MB
			}
		);
		const mb = (statSync(csv).size / 1e6).toFixed(0);
		table.push(
			`${label.padEnd(6)} ${mb.padStart(4)} MB  read_csv ${Math.round(refRate).toLocaleString('en').padStart(9)} rows/s (${(ref.ms / 1000).toFixed(2)} s)  import ${Math.round(rate).toLocaleString('en').padStart(9)} rows/s (${(run.ms / 1000).toFixed(2)} s)  ratio ${ratio.toFixed(2)}×  peak RSS ${Math.round(run.maxRssMb)} MB`
		);
		lastDb = dbPath;
		lastRows = run.inserted;
	}
	const dup = await duplicateCheck(lastDb, lastRows);
	figures.push({
		figure: `duplicate-id check, ${DUP_IDS.toLocaleString('en')} ids against ${dup.stored.toLocaleString('en')} rows (semi-join)`,
		value: Math.round(dup.joinMs * 10) / 10,
		unit: 'ms',
		reference: `list_contains in ${OLD_ID_SLICE}-id slices (as before; ${LIST_SLICES} slices timed, scaled)`,
		refValue: Math.round(dup.listMs),
		target: 'faster than reference',
		met: dup.joinMs < dup.listMs
	});
	table.push(
		`duplicate ids: ${DUP_IDS} against ${dup.stored} rows: semi-join ${dup.joinMs.toFixed(1)} ms (${dup.found} found), list_contains ≈ ${(dup.listMs / 1000).toFixed(1)} s`
	);
	console.log(
		`Survey CSV import vs DuckDB read_csv (${POINTS.toLocaleString('en')} distinct places; load average ${load} at start, ${loadavg()[0].toFixed(1)} at end, ${availableParallelism()} cores)`
	);
	for (const line of table) console.log(line);
	if (json) printBenchJson(figures);
}

const at = process.argv.indexOf('--child');
if (at >= 0) await child(process.argv[at + 1], process.argv[at + 2]);
else await main();
