/**
 * `npm run seed -- --out FILE [--seed N] [--force] [--scale N [--surveys-only]]`: writes the demo
 * town into a new DuckDB file. The same seed always gives the same data (data/README.md has the
 * recipe). `--scale N` then copies it into a grid of N towns (server/ingest/scale-town.ts);
 * `--surveys-only` copies only zones, roads and surveys.
 */
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEMO_SEED, openStore } from '../server/ingest/open-store';
import { MAX_SCALE, scaleTown } from '../server/ingest/scale-town';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: 'data/sanimap.duckdb' },
		seed: { type: 'string', default: String(DEMO_SEED) },
		force: { type: 'boolean', default: false },
		scale: { type: 'string', default: '1' },
		'surveys-only': { type: 'boolean', default: false }
	}
});
const out = values.out!;
const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
	console.error(`--seed must be a whole number, got "${values.seed}"`);
	process.exit(2);
}
const scale = Number(values.scale);
if (!Number.isInteger(scale) || scale < 1 || scale > MAX_SCALE) {
	console.error(`--scale must be a whole number from 1 to ${MAX_SCALE}, got "${values.scale}"`);
	process.exit(2);
}
if (existsSync(out)) {
	if (!values.force) {
		console.error(`${out} exists; pass --force to replace it`);
		process.exit(2);
	}
	rmSync(out);
	rmSync(`${out}.wal`, { force: true });
}
const started = performance.now();
const { db, created } = await openStore(out, { demo: true, seed });
try {
	console.log(
		`Wrote ${out} (seed ${seed}) in ${Math.round(performance.now() - started)} ms:`,
		created
	);
	if (scale > 1) {
		const scaled = await scaleTown(db, {
			scale,
			surveysOnly: values['surveys-only'],
			onProgress: (message) => console.log(`  ${message}`)
		});
		console.log(
			`Scaled to ${scale} towns (${scaled.columns} a row) in ${Math.round(performance.now() - started)} ms:`,
			scaled.rows
		);
	}
} finally {
	await db.close();
}
