import type { Rng } from '../random/seeded-random';
import type { RouteSolution } from './route-solution';

/** Mean stops removed per ruin (SISR's c̄) and longest string (L^max), as in the paper. */
export const AVG_REMOVED = 10;
export const MAX_STRING = 10;
/** Chance of growing a split string's kept part by one more stop (SISR's split depth β = 0.01). */
const SPLIT_DEPTH = 0.01;

/**
 * Each candidate's other candidates, nearest first (mean of both directions): where SISR
 * looks for the routes next to a seed stop.
 */
export function buildAdjacency(sol: RouteSolution): Int32Array[] {
	const { p, candidates } = sol;
	const lists: Int32Array[] = [];
	const near = new Float64Array(p.stops.length);
	for (const a of candidates) {
		for (const b of candidates)
			near[b] = p.cost(p.node[a], p.node[b]) + p.cost(p.node[b], p.node[a]);
		const others = candidates.filter((b) => b !== a).sort((x, y) => near[x] - near[y] || x - y);
		lists[a] = Int32Array.from(others);
	}
	return lists;
}

function removePositions(sol: RouteSolution, r: number, positions: number[], out: number[]) {
	positions.sort((a, b) => b - a);
	const route = sol.routes[r];
	for (const k of positions) {
		const [s] = route.splice(k, 1);
		sol.routeOf[s] = -1;
		out.push(s);
	}
	sol.absent += positions.length;
	sol.refresh(r);
}

/**
 * SISR ruin (Christiaens & Vanden Berghe 2020): from a random seed stop, walk its
 * neighbours and cut one string (or a split string, keeping a middle part) out of each
 * route met, until k_s routes are cut. Spatially close strings leave room to recombine.
 */
export function ruinStrings(sol: RouteSolution, adjacency: Int32Array[], random: Rng): number[] {
	const removed: number[] = [];
	const used = sol.routes.filter((r) => r.length > 0);
	if (!used.length) return removed;
	const avgLen = used.reduce((sum, r) => sum + r.length, 0) / used.length;
	const lsMax = Math.min(MAX_STRING, avgLen);
	const ksMax = (4 * AVG_REMOVED) / (1 + lsMax) - 1;
	const ks = Math.floor(random.range(1, ksMax + 1));
	const routed = sol.candidates.filter((s) => sol.routeOf[s] >= 0);
	const seed = random.pick(routed);
	const cut = new Set<number>();
	const visit = (c: number) => {
		const r = sol.routeOf[c];
		if (r < 0 || cut.has(r)) return;
		const route = sol.routes[r];
		const len = route.length;
		const ltMax = Math.min(len, lsMax);
		const lt = Math.floor(random.range(1, ltMax + 1));
		const i = route.indexOf(c);
		const positions: number[] = [];
		if (lt === len || random.next() < 0.5) {
			const start = random.int(Math.max(0, i - lt + 1), Math.min(i, len - lt));
			for (let k = start; k < start + lt; k++) positions.push(k);
		} else {
			let m = 1;
			while (lt + m < len && random.next() > SPLIT_DEPTH) m++;
			const span = lt + m;
			const start = random.int(Math.max(0, i - span + 1), Math.min(i, len - span));
			const keep = random.int(start, start + lt);
			for (let k = start; k < start + span; k++) if (k < keep || k >= keep + m) positions.push(k);
		}
		removePositions(sol, r, positions, removed);
		cut.add(r);
	};
	visit(seed);
	for (const c of adjacency[seed]) {
		if (cut.size >= ks) break;
		visit(c);
	}
	return removed;
}

/** Removes `count` routed stops drawn at random. */
export function ruinRandom(sol: RouteSolution, count: number, random: Rng): number[] {
	const routed = random.shuffle(sol.candidates.filter((s) => sol.routeOf[s] >= 0));
	const removed: number[] = [];
	for (const s of routed.slice(0, count)) {
		const r = sol.routeOf[s];
		removePositions(sol, r, [sol.routes[r].indexOf(s)], removed);
	}
	return removed;
}

/**
 * Removes `count` stops whose detours cost most (minutes saved by taking each out, priced
 * once on the plan as it is), drawn with a bias to the worst (rank ⌊u³·n⌋) so repeats differ.
 */
export function ruinWorst(sol: RouteSolution, count: number, random: Rng): number[] {
	const { p } = sol;
	const scored: { s: number; saving: number }[] = [];
	for (let r = 0; r < sol.routes.length; r++) {
		const route = sol.routes[r];
		for (let k = 0; k < route.length; k++) {
			const [a, b, c] = [sol.nodeAt(r, k - 1), sol.nodeAt(r, k), sol.nodeAt(r, k + 1)];
			scored.push({ s: route[k], saving: (p.cost(a, b) + p.cost(b, c) - p.cost(a, c)) / p.mpm[r] });
		}
	}
	scored.sort((x, y) => y.saving - x.saving || x.s - y.s);
	const removed: number[] = [];
	for (let q = 0; q < count && scored.length; q++) {
		const [pick] = scored.splice(Math.floor(random.next() ** 3 * scored.length), 1);
		const r = sol.routeOf[pick.s];
		removePositions(sol, r, [sol.routes[r].indexOf(pick.s)], removed);
	}
	return removed;
}
