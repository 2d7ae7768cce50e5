/**
 * Hot-spot benchmark (issue 4; prints figures, not a test): `npm run bench:hotspots`.
 * 1. Gi* over 1,000,000 seeded, clustered blind spots at res 9 in the demo town: binning
 *    (SQL GROUP BY the stored h3_r9 column), study-area cells, Gi* (neighbours, z, p, bins),
 *    and the whole `/api/hotspots` computation on them. Target: under 1 s. Reference in the
 *    same run (issue 18): R spdep's localG on the same cells and neighbour lists, when Rscript
 *    with spdep is installed.
 * 2. `/api/hotspots` on the demo town through app.request, 200 times: p50/p95. Target p95 < 200 ms.
 * `--json` ends with the BENCH_JSON line (scripts/bench/bench-json.ts); BENCH_HOTSPOT_POINTS
 * shrinks the point count.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { latLngToCell } from 'h3-js';
import type { MultiPolygon, Polygon } from 'geojson';
import { createApp } from '../server/app';
import { computeGiStar } from '../server/domain/hotspots/gi-star';
import { analyseHotspots } from '../server/domain/hotspots/analyse-hotspots';
import { assembleCountSet, type CellSums } from '../server/domain/hotspots/study-set';
import { generateDemoTown } from '../server/demo-town';
import { createRng } from '../server/domain/random/seeded-random';
import { buildHotspotCellsQuery } from '../server/queries/hotspots';
import { computeHotspots } from '../server/services/hotspots';
import { withCellGeometry } from '../server/format/hotspot-geojson';
import { buildDiskNeighbours } from '$geo/h3-neighbours';
import { coverWithCells } from '$geo/h3-study-area';
import { createDemoTownStore } from '../test/helpers/demo-town-store';
import { createEmptyStore } from '../test/helpers/mini-town';
import { loadDataset } from '../server/ingest/load-dataset';
import { printBenchJson, wantsBenchJson, type BenchRow } from './bench/bench-json';
import type { NeighbourLists } from '$geo/h3-neighbours';

const POINTS = Number(process.env.BENCH_HOTSPOT_POINTS ?? 1_000_000);
const GI_TARGET_MS = 1000;
const API_P95_TARGET_MS = 200;
const ms = (t0: number) => performance.now() - t0;
const fmt = (x: number) => `${x.toFixed(1)} ms`;

async function timed<T>(label: string, run: () => T | Promise<T>): Promise<[T, number]> {
	const t0 = performance.now();
	const out = await run();
	const took = ms(t0);
	console.log(`  ${label.padEnd(46)} ${fmt(took).padStart(10)}`);
	return [out, took];
}

/** Seeded points: 70 % around the town's markets, garbage stations and sites, 30 % anywhere. */
function clusteredPoints(town: ReturnType<typeof generateDemoTown>) {
	const rng = createRng(2024);
	const anchors = town.pois.filter((p) =>
		['market', 'garbage_station', 'construction'].includes(p.kind)
	);
	const zones = town.zones.filter((z) => z.kind === 'community' || z.kind === 'village');
	const xs = zones.flatMap((z) => (z.geometry as Polygon).coordinates[0].map((c) => c[0]));
	const ys = zones.flatMap((z) => (z.geometry as Polygon).coordinates[0].map((c) => c[1]));
	const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const lng = new Float64Array(POINTS);
	const lat = new Float64Array(POINTS);
	for (let i = 0; i < POINTS; i++) {
		if (rng.chance(0.7)) {
			const a = anchors[rng.int(0, anchors.length - 1)];
			lng[i] = a.lng + rng.normal() * 0.0012;
			lat[i] = a.lat + rng.normal() * 0.0011;
		} else {
			lng[i] = rng.range(w, e);
			lat[i] = rng.range(s, n);
		}
	}
	return { lng, lat, zones };
}

async function benchMillion() {
	console.log(`\n1. Gi* over ${POINTS.toLocaleString('en')} clustered points, res 9, demo town`);
	const town = generateDemoTown(1);
	const { lng, lat, zones } = clusteredPoints(town);
	const [cells] = await timed('write-time enrichment: latLngToCell × 1M (import)', () =>
		Array.from(lng, (x, i) => latLngToCell(lat[i], x, 9))
	);
	const dir = mkdtempSync(join(tmpdir(), 'sanimap-bench-'));
	const db = await createEmptyStore();
	await loadDataset(db, { ...town, blindSpots: [], surveys: [], sprayEvents: [] });
	try {
		const csv = join(dir, 'points.csv');
		writeFileSync(csv, `h3\n${cells.join('\n')}\n`);
		await timed('load into blind_spots (import, not timed below)', () =>
			db.run(
				`INSERT INTO blind_spots SELECT printf('P%07d', row_number() OVER ()), 'exposed_garbage', '',
				TIMESTAMP '2025-06-01 09:00:00', 'bench', 'closed', NULL, NULL, 0, 0, 'wgs84', 0, 0,
				NULL, NULL, h3, h3, h3, h3, NULL, NULL, 1 FROM read_csv($path, header = true)`,
				{ path: csv }
			)
		);
		const query = buildHotspotCellsQuery({
			subject: 'blindspots',
			res: 9,
			zoneColumn: 'zone_id',
			zoneIds: zones.map((z) => z.id)
		});
		const [rows, tBin] = await timed('binning: GROUP BY h3_r9 in DuckDB', () =>
			db.query<CellSums & Record<string, unknown>>(query.sql, query.params)
		);
		const [cover, tCover] = await timed('study area: polygonToCells of 15 zones', () =>
			coverWithCells(
				zones.map((z) => z.geometry as Polygon | MultiPolygon),
				9
			)
		);
		const set = assembleCountSet(cover, rows);
		const [nb, tNb] = await timed(`neighbour lists, k = 1 (${set.cells.length} cells)`, () =>
			buildDiskNeighbours(set.cells, 1)
		);
		const [, tZ] = await timed('Gi* z (typed arrays)', () => computeGiStar(set.values, nb));
		const [, tAll] = await timed('analyseHotspots: neighbours + z + p + bins', () =>
			analyseHotspots(set.cells, set.values, { k: 1, fdr: true })
		);
		const spdepMs = timeSpdep(dir, set.values, nb);
		console.log(
			`  ${'reference: spdep::localG, same cells and lists'.padEnd(46)} ${spdepMs === null ? 'no Rscript/spdep'.padStart(10) : fmt(spdepMs).padStart(10)}`
		);
		console.log(
			`  => binning ${fmt(tBin)}, Gi* ${fmt(tAll)} (of which z ${fmt(tZ)}, lists ${fmt(tNb)}), ` +
				`with study area ${fmt(tBin + tCover + tAll)}`
		);
		const [body, tRoute] = await timed('whole /api/hotspots computation (GeoJSON)', async () =>
			withCellGeometry(
				await computeHotspots(db, { subject: 'blindspots', res: 9, k: 1, fdr: true })
			)
		);
		const hot = body.features.filter((f) => f.properties.bin >= 2).length;
		console.log(`  => ${body.meta.cells} cells, ${hot} hot (bin ≥ 2), total ${fmt(tRoute)}`);
		return {
			gi: tBin + tCover + tAll,
			step: tAll,
			spdepMs,
			route: tRoute,
			cells: set.cells.length
		};
	} finally {
		await db.close();
		rmSync(dir, { recursive: true, force: true });
	}
}

async function benchScale() {
	console.log('\n   Gi* scaling on larger study sets (synthetic values):');
	const rng = createRng(7);
	for (const [res, k] of [
		[10, 1],
		[10, 3],
		[11, 1]
	] as const) {
		const town = generateDemoTown(1);
		const zones = town.zones.filter((z) => z.kind === 'community' || z.kind === 'village');
		const cells = coverWithCells(
			zones.map((z) => z.geometry as Polygon | MultiPolygon),
			res
		);
		const values = Float64Array.from(cells, () => rng.poisson(2));
		const nb = buildDiskNeighbours(cells, k);
		const t0 = performance.now();
		computeGiStar(values, nb);
		console.log(
			`  res ${res}, k ${k}: ${cells.length} cells, ${nb.indices.length} links, z in ${fmt(ms(t0))}`
		);
	}
}

async function benchApi() {
	console.log('\n2. /api/hotspots on the demo town (app.request, 200 requests after 10 warm-up)');
	const db = await createDemoTownStore();
	const app = createApp({ db, version: 'bench' });
	const urls = [
		'/api/hotspots',
		'/api/hotspots?fdr=true',
		'/api/hotspots?subject=open',
		'/api/hotspots?from=2025-01-01&to=2025-12-31&k=2'
	];
	try {
		for (let i = 0; i < 10; i++) await (await app.request(urls[i % urls.length])).arrayBuffer();
		const times: number[] = [];
		for (let i = 0; i < 200; i++) {
			const t0 = performance.now();
			const res = await app.request(urls[i % urls.length]);
			await res.arrayBuffer();
			times.push(ms(t0));
		}
		times.sort((a, b) => a - b);
		const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
		console.log(
			`  p50 ${fmt(at(0.5))}, p95 ${fmt(at(0.95))}, max ${fmt(times[times.length - 1])} (target p95 < 200 ms)`
		);
		const t0 = performance.now();
		for (let i = 0; i < 50; i++) await (await app.request('/api/hotspots?res=10')).arrayBuffer();
		console.log(`  res 10 (2.7k cells): mean ${fmt(ms(t0) / 50)}`);
		return { p50: at(0.5), p95: at(0.95) };
	} finally {
		await db.close();
	}
}

/**
 * spdep's localG (binary weights with the cell itself, as domain.md §4) on the same values and
 * neighbour lists, timed inside R (list building + localG, not R's start-up); null without R.
 */
function timeSpdep(dir: string, values: Float64Array, nb: NeighbourLists): number | null {
	const lines = ['value,neighbours'];
	for (let i = 0; i < values.length; i++) {
		const own = Array.from(nb.indices.subarray(nb.offsets[i], nb.offsets[i + 1]))
			.filter((j) => j !== i)
			.map((j) => j + 1);
		lines.push(`${values[i]},${own.join(' ')}`);
	}
	const input = join(dir, 'spdep-input.csv');
	writeFileSync(input, lines.join('\n'));
	const r = `suppressPackageStartupMessages(library(spdep))
d <- read.csv("${input}", colClasses = c("numeric", "character"))
t <- system.time({
  nb <- lapply(strsplit(d$neighbours, " "), function(x) if (length(x)) sort(as.integer(x)) else 0L)
  class(nb) <- "nb"; attr(nb, "region.id") <- as.character(seq_along(nb)); attr(nb, "sym") <- TRUE
  g <- localG(d$value, nb2listw(include.self(nb), style = "B", zero.policy = TRUE), zero.policy = TRUE)
})[["elapsed"]]
cat(t * 1000)`;
	try {
		return Number(execFileSync('Rscript', ['-e', r], { encoding: 'utf8', stdio: 'pipe' }));
	} catch {
		return null;
	}
}

const million = await benchMillion();
await benchScale();
const api = await benchApi();
if (wantsBenchJson()) {
	const points = POINTS.toLocaleString('en');
	const rows: BenchRow[] = [
		{
			figure: `Gi* at ${points} points, res 9: binning + study area + Gi* (${million.cells} cells)`,
			value: million.gi,
			unit: 'ms',
			reference: null,
			refValue: null,
			target: `< ${GI_TARGET_MS} ms`,
			met: million.gi < GI_TARGET_MS
		},
		{
			figure: 'Gi* step: neighbour lists + z + p + bins, same cells',
			value: million.step,
			unit: 'ms',
			reference:
				million.spdepMs === null
					? 'R spdep (Rscript with spdep not installed)'
					: 'R spdep nb2listw + localG on the same cells and lists',
			refValue: million.spdepMs,
			target: '≤ spdep',
			met: million.spdepMs === null ? null : million.step <= million.spdepMs
		},
		{
			figure: '/api/hotspots p95, demo town (in process)',
			value: api.p95,
			unit: 'ms',
			reference: 'p50 of the same requests',
			refValue: api.p50,
			target: `< ${API_P95_TARGET_MS} ms`,
			met: api.p95 < API_P95_TARGET_MS
		}
	];
	printBenchJson(rows);
}
