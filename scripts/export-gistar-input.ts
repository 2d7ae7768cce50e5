/**
 * Writes the input of the spdep agreement fixture (scripts/make-gistar-fixture.R): 169 real
 * H3 res-9 cells (the 7-ring disk around the demo town's centre) with seeded, clustered
 * counts, and their grid-disk neighbour lists for k = 1 and 2 (self excluded; R adds it).
 * Run: npx tsx scripts/export-gistar-input.ts
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gridDisk, gridDistance, latLngToCell } from 'h3-js';
import { createRng } from '../server/domain/random/seeded-random';
import { buildDiskNeighbours } from '$geo/h3-neighbours';

const OUT = resolve(import.meta.dirname, '../data/fixtures');
const CENTRE = latLngToCell(22.96, 113.09, 9);
const HOT = gridDisk(CENTRE, 5)[40];
const rng = createRng(4);

const cells = gridDisk(CENTRE, 7).sort();
const values = cells.map((c) => {
	const d = gridDistance(c, HOT);
	return rng.poisson(0.6 + 6 * Math.exp(-d / 1.2));
});
writeFileSync(
	resolve(OUT, 'gistar-input.csv'),
	['i,h3,value', ...cells.map((c, i) => `${i + 1},${c},${values[i]}`)].join('\n') + '\n'
);
const lines = ['k,from,to'];
for (const k of [1, 2]) {
	const { offsets, indices } = buildDiskNeighbours(cells, k);
	for (let i = 0; i < cells.length; i++) {
		for (let j = offsets[i]; j < offsets[i + 1]; j++) {
			if (indices[j] !== i) lines.push(`${k},${i + 1},${indices[j] + 1}`);
		}
	}
}
writeFileSync(resolve(OUT, 'gistar-neighbours.csv'), lines.join('\n') + '\n');
console.log(`${cells.length} cells, ${lines.length - 1} neighbour pairs written to ${OUT}`);
