import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { measurePath } from '../server/domain/routing/cost-matrix';
import { solveTour } from '../server/domain/routing/solve-tour';
import { buildEuc2dMatrix, parseBestSolutions, parseTsplib } from '../server/domain/routing/tsplib';

/**
 * `npm run bench:routes`: the route solver's TSP core on TSPLIB instances, read in place
 * from ../shared/data/real/tsplib (never copied into the repository). Targets (issue 5):
 * mean gap ≤ 2 %, none above 4 %, each within 2 s on a 2-core machine.
 */
const TSPLIB_DIR = resolve(import.meta.dirname, '../../shared/data/real/tsplib');
const INSTANCES = [
	'eil51',
	'berlin52',
	'st70',
	'eil76',
	'pr76',
	'kroA100',
	'rd100',
	'eil101',
	'lin105',
	'ch150',
	'a280'
];
const TIME_LIMIT_MS = Number(process.env.BENCH_TIME_LIMIT_MS ?? 1900);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 20_000);
const SEED = Number(process.env.BENCH_SEED ?? 1);

const optima = parseBestSolutions(readFileSync(resolve(TSPLIB_DIR, 'bestSolutions.txt'), 'utf8'));
const rows: { name: string; length: number; optimum: number; gap: number; ms: number }[] = [];
for (const name of INSTANCES) {
	const instance = parseTsplib(readFileSync(resolve(TSPLIB_DIR, `${name}.tsp`), 'utf8'));
	const started = performance.now();
	const matrix = buildEuc2dMatrix(instance.coords);
	const tour = solveTour(matrix, {
		seed: SEED,
		iterations: ITERATIONS,
		timeLimitMs: TIME_LIMIT_MS
	});
	const ms = performance.now() - started;
	const length = measurePath(matrix, tour);
	const optimum = optima.get(name) ?? NaN;
	rows.push({ name, length, optimum, gap: ((length - optimum) / optimum) * 100, ms });
}
const pad = (s: string | number, w: number) => String(s).padStart(w);
console.log(
	`${'instance'.padEnd(10)}${pad('length', 9)}${pad('optimum', 9)}${pad('gap %', 8)}${pad('ms', 7)}`
);
for (const r of rows) {
	console.log(
		`${r.name.padEnd(10)}${pad(r.length, 9)}${pad(r.optimum, 9)}${pad(r.gap.toFixed(2), 8)}${pad(Math.round(r.ms), 7)}`
	);
}
const mean = rows.reduce((s, r) => s + r.gap, 0) / rows.length;
const worst = Math.max(...rows.map((r) => r.gap));
const slowest = Math.max(...rows.map((r) => r.ms));
console.log(
	`mean gap ${mean.toFixed(2)} %, worst ${worst.toFixed(2)} %, slowest ${Math.round(slowest)} ms`
);
const met = mean <= 2 && worst <= 4 && slowest <= 2000;
console.log(met ? 'targets met' : 'targets NOT met (mean ≤ 2 %, each ≤ 4 %, each ≤ 2 s)');
process.exitCode = met ? 0 : 1;
