/**
 * `npm run bench:ogc [-- --json]`: GDAL (ogr2ogr, the OAPIF driver, HTTP Basic) copies each OGC
 * collection of a real server on a fresh demo-town file to a GeoPackage; prints seconds,
 * features and the /items requests GDAL made (its own `HTTP: Fetch` debug lines). Beside each,
 * in the same run: ogr2ogr of the same features from a local GeoJSON file (no HTTP, no paging),
 * and, for surveys, GDAL told the page size GDAL 3.8+ reads from /ogc/api (`-oo PAGE_SIZE`).
 *
 * Knobs: SANIMAP_DB=file reuses a database (the first start writes the demo town, ~10–30 s);
 * BENCH_OGC_COLLECTIONS=surveys,zones picks collections; BENCH_OGC_RUNS=n keeps the best of n.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { OGC_DEFAULT_LIMIT, OGC_MAX_LIMIT } from '../server/contract/ogc';
import { startServer } from '../test/helpers/server-process';
import { printBenchJson, type BenchRow } from './bench/bench-json';

const run = promisify(execFile);
const json = process.argv.includes('--json');
const COLLECTIONS = (process.env.BENCH_OGC_COLLECTIONS ?? 'surveys,blindspots,zones,roads,pois')
	.split(',')
	.filter(Boolean);
const RUNS = Math.max(1, Number(process.env.BENCH_OGC_RUNS ?? 1));
/** issue 18 part 4: GDAL copies the demo town's surveys in under this many seconds. */
const TARGET_S = 3;

const dir = mkdtempSync(join(tmpdir(), 'sanimap-bench-ogc-'));
const dbPath = process.env.SANIMAP_DB ?? join(dir, 'ogc.duckdb');

interface Copy {
	seconds: number;
	features: number;
	pages: number;
}

async function timed(args: string[], env: NodeJS.ProcessEnv, out: string): Promise<Copy> {
	let best: Copy | null = null;
	for (let i = 0; i < RUNS; i++) {
		rmSync(out, { force: true });
		const started = performance.now();
		const { stderr } = await run('ogr2ogr', ['--debug', 'on', '-f', 'GPKG', out, ...args], {
			env,
			maxBuffer: 64 * 1024 * 1024,
			timeout: 600_000
		});
		const seconds = (performance.now() - started) / 1000;
		const pages = stderr.split('\n').filter((l) => /HTTP: Fetch\(.*\/items/.test(l)).length;
		const { stdout } = await run('ogrinfo', ['-ro', '-so', '-al', out]);
		const features = Number(/Feature Count: (\d+)/.exec(stdout)?.[1] ?? NaN);
		if (!best || seconds < best.seconds) best = { seconds, features, pages };
	}
	return best!;
}

/** Every feature of a collection as one local GeoJSON file, read page by page over HTTP. */
async function saveGeoJson(url: string, authorization: string, collection: string) {
	const features: unknown[] = [];
	let next: string | undefined =
		`${url}/ogc/collections/${collection}/items?limit=${OGC_MAX_LIMIT}`;
	while (next) {
		const page = (await (await fetch(next, { headers: { authorization } })).json()) as {
			features: unknown[];
			links: { rel: string; href: string }[];
		};
		features.push(...page.features);
		next = page.links.find((l) => l.rel === 'next')?.href;
	}
	const file = join(dir, `${collection}.geojson`);
	writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features }));
	return { file, count: features.length };
}

const rows: BenchRow[] = [];

try {
	const server = await startServer({ SANIMAP_DB: dbPath }, 180_000);
	const basic = `Basic ${Buffer.from(`${server.admin.username}:${server.admin.password}`).toString('base64')}`;
	const gdalEnv = {
		...process.env,
		GDAL_HTTP_AUTH: 'BASIC',
		GDAL_HTTP_USERPWD: `${server.admin.username}:${server.admin.password}`
	};
	const { stdout: version } = await run('ogr2ogr', ['--version']);
	const lines: string[] = [];
	const table = (cells: (string | number)[]) =>
		lines.push(cells.map((c, i) => String(c).padStart(i === 0 ? 0 : 12)).join(''));
	table(['collection'.padEnd(22), 'features', 'OAPIF s', 'pages', 'file s', 'OAPIF/file']);
	for (const c of COLLECTIONS) {
		const local = await saveGeoJson(server.url, basic, c);
		const oapif = await timed([`OAPIF:${server.url}/ogc`, c], gdalEnv, join(dir, `${c}.gpkg`));
		const file = await timed([local.file], process.env, join(dir, `${c}-file.gpkg`));
		if (oapif.features !== local.count)
			throw new Error(`${c}: GDAL copied ${oapif.features} features, the API holds ${local.count}`);
		table([
			c.padEnd(22),
			oapif.features,
			oapif.seconds.toFixed(2),
			oapif.pages,
			file.seconds.toFixed(2),
			`${(oapif.seconds / file.seconds).toFixed(1)}×`
		]);
		const isTarget = c === 'surveys';
		rows.push({
			figure: `OGC: ogr2ogr copies ${oapif.features} ${c} (OAPIF, Basic auth) to GeoPackage`,
			value: Number(oapif.seconds.toFixed(2)),
			unit: 's',
			reference: 'ogr2ogr of the same features from a local GeoJSON file',
			refValue: Number(file.seconds.toFixed(2)),
			target: isTarget ? `< ${TARGET_S} s` : null,
			met: isTarget ? oapif.seconds < TARGET_S : null
		});
		rows.push({
			figure: `OGC: /items requests GDAL made for ${c}`,
			value: oapif.pages,
			unit: 'requests',
			reference: `pages of 10 (GDAL's own default before 3.8)`,
			refValue: Math.ceil(oapif.features / 10) + 1,
			target: null,
			met: null
		});
		if (isTarget) {
			// GDAL 3.8+ takes min(max(1000, default), maximum) from /ogc/api; 3.6 needs it told.
			const sized = await timed(
				['-oo', `PAGE_SIZE=${OGC_DEFAULT_LIMIT}`, `OAPIF:${server.url}/ogc`, c],
				gdalEnv,
				join(dir, `${c}-sized.gpkg`)
			);
			table([
				`${c} PAGE_SIZE=${OGC_DEFAULT_LIMIT}`.padEnd(22),
				sized.features,
				sized.seconds.toFixed(2),
				sized.pages,
				file.seconds.toFixed(2),
				`${(sized.seconds / file.seconds).toFixed(1)}×`
			]);
		}
	}
	await server.stop();
	console.log(`${version.trim()}; ${RUNS} run(s) each, best kept`);
	for (const l of lines) console.log(l);
	if (json) printBenchJson(rows);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
