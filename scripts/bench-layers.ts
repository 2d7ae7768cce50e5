/**
 * `npm run bench:layers [-- --json]` (issue 18 part 3): bytes of the map's first view per layer,
 * as the GeoJSON every property carried before (raw, gzip, brotli at the server's quality) and
 * in the form the map now loads (Arrow points or H3 cells for surveys and blind spots, brotli
 * over the wire), and the server's ms for each, on the demo town (1×) and a 10× town made
 * with lane F's scaleTown in memory. BENCH_LAYERS_SCALES=1 skips the 10× town (~30 s CPU).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { seedCatalogues } from '../server/db/catalogues';
import { Database } from '../server/db/database';
import { migrate } from '../server/db/schema';
import { generateDemoTown } from '../server/demo-town';
import { loadDataset } from '../server/ingest/load-dataset';
import { scaleTown } from '../server/ingest/scale-town';
import { loadMapLayer } from '../server/services/layers';
import { LAYER_IDS, type LayerId } from '../server/contract/layers';
import { zoomBand } from '../server/contract/layer-zoom';
import { printBenchJson, type BenchRow } from './bench/bench-json';

const json = process.argv.includes('--json');
const scales = (process.env.BENCH_LAYERS_SCALES ?? '1,10').split(',').map(Number);
/** The zoom the map opens the whole town at (1280×800): 12.6 for one town, ~10.9 for 10. */
const FIRST_ZOOM: Record<number, number> = { 1: 12.6, 10: 10.9 };
const COMPACT: readonly LayerId[] = ['surveys', 'blindspots'];

const br = (b: Uint8Array) =>
	brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;
async function timed<T>(f: () => Promise<T>): Promise<[T, number]> {
	const t0 = performance.now();
	const v = await f();
	return [v, performance.now() - t0];
}

const rows: BenchRow[] = [];
const table: string[][] = [];

for (const scale of scales) {
	const db = await Database.open(':memory:');
	await migrate(db);
	await seedCatalogues(db);
	await loadDataset(db, generateDemoTown(1));
	if (scale > 1) await scaleTown(db, { scale });
	const [box] = await db.query(
		'SELECT min(lng) w, min(lat) s, max(lng) e, max(lat) n FROM surveys'
	);
	const [w, s, e, n] = [box!.w, box!.s, box!.e, box!.n].map(Number) as number[];
	const bbox: [number, number, number, number] = [w! - 0.01, s! - 0.01, e! + 0.01, n! + 0.01];
	const zoom = zoomBand(FIRST_ZOOM[scale] ?? 10);
	const now = new Date();
	let before = 0;
	let after = 0;
	for (const layer of LAYER_IDS) {
		const [geo, geoMs] = await timed(() =>
			loadMapLayer(db, layer, { bbox }, { arrow: false, now, area: null })
		);
		const raw = Buffer.from(geo.body as string);
		const compact = COMPACT.includes(layer);
		const [bin, binMs] = compact
			? await timed(() => loadMapLayer(db, layer, { bbox, zoom }, { arrow: true, now, area: null }))
			: [geo, geoMs];
		const binBytes = compact ? (bin.body as Uint8Array) : raw;
		const wire = br(binBytes);
		before += raw.length;
		after += wire;
		table.push([
			`${scale}×`,
			layer,
			String(raw.length),
			String(gzipSync(raw).length),
			String(br(raw)),
			compact ? `${binBytes.length} (${bin.form})` : '—',
			String(wire),
			geoMs.toFixed(0),
			binMs.toFixed(0)
		]);
		rows.push({
			figure: `layers ${scale}× ${layer}: first view bytes on the wire`,
			value: wire,
			unit: 'bytes',
			reference: 'GeoJSON with every property, uncompressed (before issue 18)',
			refValue: raw.length,
			target: '≤ 0.1× reference',
			met: wire <= raw.length * 0.1
		});
		rows.push({
			figure: `layers ${scale}× ${layer}: server ms (${compact ? bin.form : 'geojson'})`,
			value: Math.round(binMs),
			unit: 'ms',
			reference: 'same layer as GeoJSON',
			refValue: Math.round(geoMs),
			target: null,
			met: null
		});
	}
	rows.push({
		figure: `layers ${scale}×: first map view, all layers, bytes on the wire`,
		value: after,
		unit: 'bytes',
		reference: 'GeoJSON with every property, uncompressed',
		refValue: before,
		target: '≤ 0.1× reference',
		met: after <= before * 0.1
	});
	table.push([`${scale}×`, 'ALL', String(before), '', '', '', String(after), '', '']);
	await db.close();
}

const head = [
	'town',
	'layer',
	'geojson',
	'gzip',
	'brotli',
	'map form',
	'wire (br)',
	'ms geo',
	'ms map'
];
const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
for (const r of [head, ...table]) console.log(r.map((c, i) => c.padStart(widths[i]!)).join('  '));
if (json) printBenchJson(rows);
