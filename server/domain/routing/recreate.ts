import type { Rng } from '../random/seeded-random';
import {
	bestInRoute,
	bestInsertion,
	longestTwo,
	noInsertion,
	type Insertion,
	type InsertionScan
} from './insertion';
import type { RouteSolution } from './route-solution';

/** SISR's sort orders for greedy reinsertion and their weights: random, demand, far, close. */
const ORDER_WEIGHTS = [4, 4, 2, 1];

/**
 * Greedy insertion with blinks (SISR): the stops in one of four orders (random, largest
 * demand, farthest from a depot, closest), each at its cheapest place while a position is
 * skipped now and then. A stop with no feasible place stays out.
 */
export function recreateGreedy(
	sol: RouteSolution,
	stops: number[],
	depotDistance: Float64Array,
	scan: InsertionScan
): void {
	const order = orderStops(sol, stops, depotDistance, scan.random);
	for (const s of order) {
		const at = bestInsertion(sol, s, scan);
		if (at) sol.insert(at.r, at.k, s);
	}
}

function orderStops(sol: RouteSolution, stops: number[], far: Float64Array, random: Rng) {
	const shuffled = random.shuffle(stops);
	const demand = sol.p.demand;
	switch (random.weighted(ORDER_WEIGHTS)) {
		case 1:
			return shuffled.sort((a, b) => demand[b] - demand[a]);
		case 2:
			return shuffled.sort((a, b) => far[b] - far[a]);
		case 3:
			return shuffled.sort((a, b) => far[a] - far[b]);
		default:
			return shuffled;
	}
}

/**
 * Regret-k insertion: repeatedly place the stop that would lose most if it missed its k − 1
 * next-best routes (sum of the differences to its best), at its best place. Used for the
 * first plan and for some recreates; O(stops² × positions).
 */
export function recreateRegret(
	sol: RouteSolution,
	stops: number[],
	k: number,
	scan: InsertionScan
) {
	const left = new Set(stops);
	while (left.size) {
		const longest = sol.p.balance ? longestTwo(sol) : null;
		let chosen: { s: number; at: Insertion; regret: number } | null = null;
		for (const s of left) {
			const perRoute: Insertion[] = [];
			for (let r = 0; r < sol.routes.length; r++) {
				const at = noInsertion();
				bestInRoute(sol, r, s, scan, at, longest);
				if (at.r >= 0) perRoute.push(at);
			}
			if (!perRoute.length) {
				left.delete(s);
				continue;
			}
			perRoute.sort((a, b) => a.delta - b.delta || a.r - b.r);
			let regret = 0;
			for (let j = 1; j < k; j++)
				regret += j < perRoute.length ? perRoute[j].delta - perRoute[0].delta : 1e12;
			const at = perRoute[0];
			if (
				!chosen ||
				regret > chosen.regret ||
				(regret === chosen.regret &&
					(at.delta < chosen.at.delta || (at.delta === chosen.at.delta && s < chosen.s)))
			)
				chosen = { s, at, regret };
		}
		if (!chosen) break;
		sol.insert(chosen.at.r, chosen.at.k, chosen.s);
		left.delete(chosen.s);
	}
}
