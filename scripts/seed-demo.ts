/**
 * `npm run seed -- --out FILE [--seed N] [--force]`: writes the demo town into a new DuckDB
 * file. The same seed always gives the same data (data/README.md has the recipe).
 */
import { existsSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEMO_SEED, openStore } from '../server/ingest/open-store';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: 'data/sanimap.duckdb' },
		seed: { type: 'string', default: String(DEMO_SEED) },
		force: { type: 'boolean', default: false }
	}
});
const out = values.out!;
const seed = Number(values.seed);
if (!Number.isInteger(seed)) {
	console.error(`--seed must be a whole number, got "${values.seed}"`);
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
await db.close();
console.log(
	`Wrote ${out} (seed ${seed}) in ${Math.round(performance.now() - started)} ms:`,
	created
);
