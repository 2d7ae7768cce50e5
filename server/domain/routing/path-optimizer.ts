import { buildNeighbourLists, measurePath, type CostMatrix } from './cost-matrix';
import type { Rng } from '../random/seeded-random';

export interface PathSearchOptions {
	random: Rng;
	/** Kicks of the iterated local search; 0 = local search only. */
	iterations: number;
	/** `performance.now()` after which the search stops, whatever is left of `iterations`. */
	deadline?: number;
}

/**
 * Candidate neighbours per node for 2-opt and Or-opt. 10 loses nothing measurable against
 * 16 on the TSPLIB set (scripts/bench-routes.ts) and keeps a pass near linear.
 */
const NEIGHBOUR_COUNT = 10;
/** Longest segment a double-bridge kick moves: local kicks keep the repair local. */
const KICK_SEGMENT_MAX = 30;
/** Or-opt moves chains of up to this many stops. */
const OR_OPT_MAX = 3;
const EPS = 1e-9;

/**
 * Improves a path whose first and last nodes stay fixed (a team's depot and end; the same
 * node twice for a closed tour): 2-opt and Or-opt over neighbour lists with don't-look
 * bits, then an iterated local search with segment double-bridge kicks, keeping a kick
 * only when the path gets no longer. Deterministic for a given `random`.
 */
export function optimizePath(
	matrix: CostMatrix,
	path: readonly number[],
	options: PathSearchOptions
): number[] {
	if (path.length <= 3) return [...path];
	const search = new PathSearch(matrix, path);
	search.localSearch();
	let current = search.length();
	const saved = new Int32Array(path.length);
	for (let it = 0; it < options.iterations; it++) {
		if ((it & 31) === 0 && options.deadline !== undefined && performance.now() > options.deadline)
			break;
		saved.set(search.t);
		if (!search.kick(options.random)) break;
		search.localSearch();
		const next = search.length();
		if (next < current + EPS) current = next;
		else search.restore(saved);
	}
	return Array.from(search.t);
}

class PathSearch {
	readonly t: Int32Array;
	private readonly m: number;
	private readonly n: number;
	private readonly d: Float64Array;
	private readonly pos: Int32Array;
	private readonly nb: number[][];
	private readonly pf: Float64Array;
	private readonly pb: Float64Array;
	private readonly queued: Uint8Array;
	private queue: number[] = [];

	constructor(
		private readonly matrix: CostMatrix,
		path: readonly number[]
	) {
		this.t = Int32Array.from(path);
		this.m = path.length;
		this.n = matrix.n;
		this.d = matrix.d;
		this.pos = new Int32Array(matrix.n).fill(-1);
		this.queued = new Uint8Array(matrix.n);
		this.pf = new Float64Array(this.m);
		this.pb = new Float64Array(this.m);
		const inner = path.slice(1, -1);
		const ends = [...new Set([path[0], path[path.length - 1]])];
		const lists = buildNeighbourLists(matrix, [...inner, ...ends], NEIGHBOUR_COUNT);
		this.nb = [];
		for (const [node, list] of lists) this.nb[node] = list;
		this.rebuild();
		for (const node of inner) this.push(node);
	}

	length(): number {
		return measurePath(this.matrix, this.t);
	}

	restore(saved: Int32Array): void {
		this.t.set(saved);
		this.rebuild();
	}

	localSearch(): void {
		for (let head = 0; head < this.queue.length; head++) {
			const a = this.queue[head];
			this.queued[a] = 0;
			if (this.pos[a] < 0) continue;
			if (this.twoOpt(a) || this.orOpt(a)) this.push(a);
		}
		this.queue = [];
	}

	/** Swaps two adjacent random segments (a double bridge); false when the path is too short. */
	kick(random: Rng): boolean {
		const k = this.m - 2;
		if (k < 3) return false;
		const p = random.int(1, k - 1);
		const span = this.m - 1 - p;
		const l1 = random.int(1, Math.min(KICK_SEGMENT_MAX, span - 1));
		const l2 = random.int(1, Math.min(KICK_SEGMENT_MAX, span - l1));
		const { t } = this;
		const first = Array.from(t.subarray(p, p + l1));
		t.copyWithin(p, p + l1, p + l1 + l2);
		t.set(first, p + l2);
		this.rebuild();
		for (const q of [p - 1, p, p + l2 - 1, p + l2, p + l1 + l2 - 1, p + l1 + l2]) this.push(t[q]);
		return true;
	}

	private cost(a: number, b: number): number {
		return this.d[a * this.n + b];
	}

	private near(a: number, b: number): number {
		return Math.min(this.d[a * this.n + b], this.d[b * this.n + a]);
	}

	private push(node: number): void {
		if (this.pos[node] < 0 || this.queued[node]) return;
		this.queued[node] = 1;
		this.queue.push(node);
	}

	private rebuild(): void {
		const { t, m, pos } = this;
		for (let i = 1; i < m - 1; i++) pos[t[i]] = i;
		if (this.matrix.symmetric) return;
		for (let i = 1; i < m; i++) {
			this.pf[i] = this.pf[i - 1] + this.cost(t[i - 1], t[i]);
			this.pb[i] = this.pb[i - 1] + this.cost(t[i], t[i - 1]);
		}
	}

	/** Change in the cost of the edges inside t[i..j] when that stretch is reversed. */
	private reversalChange(i: number, j: number): number {
		if (this.matrix.symmetric) return 0;
		return this.pb[j] - this.pb[i] - (this.pf[j] - this.pf[i]);
	}

	/** Position of c as the tail of an edge (c, next); -1 if c has no successor here. */
	private tailPos(c: number): number {
		if (this.pos[c] >= 0) return this.pos[c];
		return c === this.t[0] ? 0 : -1;
	}

	/** Position of c as the head of an edge (previous, c); -1 if c has no predecessor here. */
	private headPos(c: number): number {
		if (this.pos[c] >= 0) return this.pos[c];
		return c === this.t[this.m - 1] ? this.m - 1 : -1;
	}

	private twoOpt(a: number): boolean {
		const { t, m } = this;
		const pa = this.pos[a];
		for (const succ of [true, false]) {
			const gain = succ ? this.cost(a, t[pa + 1]) : this.cost(t[pa - 1], a);
			for (const c of this.nb[a]) {
				if (this.near(a, c) >= gain) break;
				const pc = succ ? this.tailPos(c) : this.headPos(c);
				if (pc < 0) continue;
				const shift = succ ? 0 : 1;
				const i = Math.min(pa, pc) - shift;
				const j = Math.max(pa, pc) - shift;
				if (j - i < 2 || j > m - 2) continue;
				const delta =
					this.cost(t[i], t[j]) +
					this.cost(t[i + 1], t[j + 1]) -
					this.cost(t[i], t[i + 1]) -
					this.cost(t[j], t[j + 1]) +
					this.reversalChange(i + 1, j);
				if (delta < -EPS) {
					const ends = [t[i], t[i + 1], t[j], t[j + 1]];
					t.subarray(i + 1, j + 1).reverse();
					this.rebuild();
					for (const e of ends) this.push(e);
					return true;
				}
			}
		}
		return false;
	}

	private orOpt(a: number): boolean {
		const pa = this.pos[a];
		for (let len = 1; len <= OR_OPT_MAX; len++) {
			for (const p of len === 1 ? [pa] : [pa, pa - len + 1]) {
				if (p < 1 || p + len - 1 > this.m - 2) continue;
				if (this.moveSegment(p, len)) return true;
			}
		}
		return false;
	}

	/** Tries to move t[p..p+len-1], either way round, next to one of its ends' neighbours. */
	private moveSegment(p: number, len: number): boolean {
		const { t } = this;
		const s1 = t[p];
		const sl = t[p + len - 1];
		const before = t[p - 1];
		const after = t[p + len];
		const gain = this.cost(before, s1) + this.cost(sl, after) - this.cost(before, after);
		if (gain <= EPS) return false;
		const flip = this.reversalChange(p, p + len - 1);
		for (const [end, other] of [
			[s1, sl],
			[sl, s1]
		]) {
			for (const c of this.nb[end]) {
				if (this.near(end, c) >= gain) break;
				// end follows c (x = c), or end precedes c (y = c).
				for (const px of [this.tailPos(c), this.headPos(c) - 1]) {
					if (px < 0 || px > this.m - 2 || (px > p - 2 && px < p + len)) continue;
					const x = t[px];
					const y = t[px + 1];
					const endFirst = x === c;
					const [first, last] = endFirst ? [end, other] : [other, end];
					const reversed = first !== s1;
					const add =
						this.cost(x, first) + this.cost(last, y) - this.cost(x, y) + (reversed ? flip : 0);
					if (add - gain < -EPS) {
						this.applyMove(p, len, px, reversed);
						for (const e of [before, after, x, y, s1, sl]) this.push(e);
						return true;
					}
				}
			}
		}
		return false;
	}

	private applyMove(p: number, len: number, px: number, reversed: boolean): void {
		const { t } = this;
		const seg = Array.from(t.subarray(p, p + len));
		if (reversed) seg.reverse();
		if (px < p) {
			t.copyWithin(px + 1 + len, px + 1, p);
			t.set(seg, px + 1);
		} else {
			t.copyWithin(p, p + len, px + 1);
			t.set(seg, px + 1 - len);
		}
		this.rebuild();
	}
}
