import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildCvrpMatrix, parseCvrplib } from '../server/domain/routing/cvrplib';
import { solveRoutes } from '../server/domain/routing/solve-routes';

/**
 * CVRPLIB's Augerat A and P instances for `npm run bench:routes`, read in place from
 * ../shared/data/real/cvrplib. Each is solved as the API solves a plan: one team per
 * vehicle of the name's k (the optima in the files are for exactly k vehicles), all at the
 * depot with the file's capacity, no stop or minute limit that binds, the default work
 * budget and a 3 s safety cap; cost is the sum of rounded EUC_2D legs.
 */
export const CVRPLIB_DIR = resolve(import.meta.dirname, '../../shared/data/real/cvrplib');
export const CVRPLIB_INSTANCES = [
	'A-n32-k5',
	'A-n45-k7',
	'A-n53-k7',
	'A-n62-k8',
	'A-n69-k9',
	'A-n80-k10',
	'P-n101-k4'
];

export interface CvrpRow {
	name: string;
	cost: number;
	optimum: number;
	gap: number;
	ms: number;
	cpuMs: number;
	routes: number;
	vehicles: number;
	unassigned: number;
}

export function benchCvrplib(options: {
	names: readonly string[];
	seed: number;
	timeLimitMs: number;
	workPerStop?: number;
}): CvrpRow[] {
	return options.names.map((name) => {
		const instance = parseCvrplib(readFileSync(resolve(CVRPLIB_DIR, `${name}.vrp`), 'utf8'));
		const vehicles = instance.vehicles ?? Number(/-k(\d+)/.exec(name)?.[1]);
		const started = performance.now();
		const cpu = process.cpuUsage();
		const matrix = buildCvrpMatrix(instance);
		const stops = instance.demand
			.slice(1)
			.map((demand, k) => ({ node: k + 1, serviceMin: 0, demand }));
		const teams = Array.from({ length: vehicles }, () => ({
			start: 0,
			end: 0,
			maxStops: stops.length,
			maxMinutes: 1440,
			// 60 km/h: one unit of distance is one metre, a route of 1,000 units 1 minute.
			speedKmh: 60,
			capacity: instance.capacity
		}));
		const solved = solveRoutes(matrix, stops, teams, {
			seed: options.seed,
			timeLimitMs: options.timeLimitMs,
			balance: false,
			workPerStop: options.workPerStop
		});
		const ms = performance.now() - started;
		const cpuMs = process.cpuUsage(cpu).user / 1000;
		let cost = 0;
		for (const route of solved.routes) {
			const nodes = [0, ...route.map((s) => s + 1), 0];
			if (route.length)
				for (let k = 1; k < nodes.length; k++) cost += matrix.d[nodes[k - 1] * matrix.n + nodes[k]];
		}
		const optimum = instance.optimum ?? NaN;
		return {
			name,
			cost,
			optimum,
			gap: ((cost - optimum) / optimum) * 100,
			ms,
			cpuMs,
			routes: solved.routes.filter((r) => r.length).length,
			vehicles,
			unassigned: solved.unassigned.length
		};
	});
}
