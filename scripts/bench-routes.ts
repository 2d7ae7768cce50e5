import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { measurePath } from '../server/domain/routing/cost-matrix';
import { solveTour } from '../server/domain/routing/solve-tour';
import { buildEuc2dMatrix, parseBestSolutions, parseTsplib } from '../server/domain/routing/tsplib';
import { benchCvrplib, CVRPLIB_INSTANCES } from './bench-routes-cvrplib';
import { printBenchJson, type BenchRow } from './bench/bench-json';

/**
 * `npm run bench:routes`: the route solver on TSPLIB (its TSP core; issue 5 targets: mean
 * gap ≤ 2 %, none above 4 %, each within 2 s) and on CVRPLIB's Augerat A and P sets (the
 * whole multi-team solver; issue 18 targets: mean gap ≤ 2 %, each ≤ 3 s), both read in place
 * from ../shared/data/real (never copied into the repository). `--json` prints the figures
 * as the last line (`BENCH_JSON {...}`, the bench convention). Knobs: BENCH_SEED,
 * BENCH_TIME_LIMIT_MS and BENCH_ITERATIONS (TSP), BENCH_CVRP_TIME_LIMIT_MS,
 * BENCH_CVRP_WORK_PER_STOP, BENCH_CVRP_INSTANCES (comma list), BENCH_TSP=0 / BENCH_CVRP=0.
 */
const TSPLIB_DIR = resolve(import.meta.dirname, '../../shared/data/real/tsplib');
const TSP_INSTANCES = [
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
const env = process.env;
const TIME_LIMIT_MS = Number(env.BENCH_TIME_LIMIT_MS ?? 1900);
const ITERATIONS = Number(env.BENCH_ITERATIONS ?? 20_000);
const SEED = Number(env.BENCH_SEED ?? 1);
const CVRP_TIME_LIMIT_MS = Number(env.BENCH_CVRP_TIME_LIMIT_MS ?? 3000);
const CVRP_WORK = env.BENCH_CVRP_WORK_PER_STOP ? Number(env.BENCH_CVRP_WORK_PER_STOP) : undefined;
const CVRP_NAMES = env.BENCH_CVRP_INSTANCES?.split(',') ?? CVRPLIB_INSTANCES;
const json = process.argv.includes('--json');
const pad = (s: string | number, w: number) => String(s).padStart(w);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const figures: {
	figure: string;
	value: number;
	unit: string;
	reference: string;
	refValue: number | null;
	target: string;
	met: boolean;
}[] = [];
const loadBefore = loadavg()[0];
let allMet = true;

if (env.BENCH_TSP !== '0') {
	const optima = parseBestSolutions(readFileSync(resolve(TSPLIB_DIR, 'bestSolutions.txt'), 'utf8'));
	const rows: { name: string; length: number; optimum: number; gap: number; ms: number }[] = [];
	for (const name of TSP_INSTANCES) {
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
	console.log('TSPLIB (TSP core, one closed tour)');
	console.log(
		`${'instance'.padEnd(10)}${pad('length', 9)}${pad('optimum', 9)}${pad('gap %', 8)}${pad('ms', 7)}`
	);
	for (const r of rows)
		console.log(
			`${r.name.padEnd(10)}${pad(r.length, 9)}${pad(r.optimum, 9)}${pad(r.gap.toFixed(2), 8)}${pad(Math.round(r.ms), 7)}`
		);
	const gap = mean(rows.map((r) => r.gap));
	const worst = Math.max(...rows.map((r) => r.gap));
	const slowest = Math.max(...rows.map((r) => r.ms));
	console.log(
		`mean gap ${gap.toFixed(2)} %, worst ${worst.toFixed(2)} %, slowest ${Math.round(slowest)} ms`
	);
	const met = gap <= 2 && worst <= 4 && slowest <= 2000;
	console.log(
		met ? 'TSPLIB targets met' : 'TSPLIB targets NOT met (mean ≤ 2 %, each ≤ 4 %, each ≤ 2 s)'
	);
	allMet &&= met;
	figures.push(
		{
			figure: 'routes TSPLIB mean gap (11 instances)',
			value: round2(gap),
			unit: '%',
			reference: 'TSPLIB optima',
			refValue: 0,
			target: '≤ 2 %',
			met: gap <= 2
		},
		{
			figure: 'routes TSPLIB slowest instance',
			value: Math.round(slowest),
			unit: 'ms',
			reference: 'target',
			refValue: null,
			target: '≤ 2000 ms',
			met: slowest <= 2000
		}
	);
}

if (env.BENCH_CVRP !== '0') {
	const rows = benchCvrplib({
		names: CVRP_NAMES,
		seed: SEED,
		timeLimitMs: CVRP_TIME_LIMIT_MS,
		workPerStop: CVRP_WORK
	});
	console.log('\nCVRPLIB Augerat A/P (multi-team solver, k teams of the file capacity)');
	console.log(
		`${'instance'.padEnd(11)}${pad('cost', 7)}${pad('optimum', 9)}${pad('gap %', 8)}${pad('ms', 7)}${pad('cpu ms', 8)}${pad('routes/k', 10)}${pad('left', 6)}`
	);
	for (const r of rows)
		console.log(
			`${r.name.padEnd(11)}${pad(r.cost, 7)}${pad(r.optimum, 9)}${pad(r.gap.toFixed(2), 8)}${pad(Math.round(r.ms), 7)}${pad(Math.round(r.cpuMs), 8)}${pad(`${r.routes}/${r.vehicles}`, 10)}${pad(r.unassigned, 6)}`
		);
	const gap = mean(rows.map((r) => r.gap));
	const worst = Math.max(...rows.map((r) => r.gap));
	const slowest = Math.max(...rows.map((r) => r.ms));
	const complete = rows.every((r) => r.unassigned === 0);
	console.log(
		`mean gap ${gap.toFixed(2)} %, worst ${worst.toFixed(2)} %, slowest ${Math.round(slowest)} ms`
	);
	const met = gap <= 2 && slowest <= 3000 && complete;
	console.log(
		met
			? 'CVRPLIB targets met'
			: 'CVRPLIB targets NOT met (mean ≤ 2 %, each ≤ 3 s, every stop served)'
	);
	allMet &&= met;
	figures.push(
		{
			figure: `routes CVRPLIB A/P mean gap (${rows.length} instances)`,
			value: round2(gap),
			unit: '%',
			reference: 'CVRPLIB optima (k vehicles)',
			refValue: 0,
			target: '≤ 2 % (aim ≤ 1 %)',
			met: gap <= 2 && complete
		},
		{
			figure: 'routes CVRPLIB worst gap',
			value: round2(worst),
			unit: '%',
			reference: 'CVRPLIB optima (k vehicles)',
			refValue: 0,
			target: 'none (shown)',
			met: true
		},
		{
			figure: 'routes CVRPLIB slowest instance',
			value: Math.round(slowest),
			unit: 'ms',
			reference: 'target',
			refValue: null,
			target: '≤ 3000 ms',
			met: slowest <= 3000
		}
	);
}

console.log(
	`load average (1 min) before ${loadBefore.toFixed(2)}, after ${loadavg()[0].toFixed(2)}`
);
process.exitCode = allMet ? 0 : 1;
if (json) printBenchJson(figures);

function round2(v: number) {
	return Math.round(v * 100) / 100;
}
