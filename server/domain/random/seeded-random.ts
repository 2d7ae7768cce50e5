/**
 * Seeded pseudo-random numbers (sfc32, seeded through splitmix32), the one generator for the
 * demo town and the route solver's kicks. Every part of the demo town draws from its own named
 * stream (`fork`), so a change in one part does not shift the numbers another part sees.
 */
export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform in [min, max). */
	range(min: number, max: number): number;
	/** Uniform integer in [min, max], both included. */
	int(min: number, max: number): number;
	chance(p: number): boolean;
	/** Standard normal (Box-Muller). */
	normal(): number;
	pick<T>(items: readonly T[]): T;
	/** Index drawn with probability proportional to its weight. */
	weighted(weights: readonly number[]): number;
	/** A shuffled copy. */
	shuffle<T>(items: readonly T[]): T[];
	poisson(mean: number): number;
	binomial(n: number, p: number): number;
	/** An independent stream named by `label`. */
	fork(label: string): Rng;
}

function splitmix32(state: number): () => number {
	let s = state >>> 0;
	return () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
		return (z ^ (z >>> 16)) >>> 0;
	};
}

function sfc32(a: number, b: number, c: number, d: number): () => number {
	return () => {
		a >>>= 0;
		b >>>= 0;
		c >>>= 0;
		d >>>= 0;
		const t = (((a + b) | 0) + d) | 0;
		d = (d + 1) | 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) | 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) | 0;
		return (t >>> 0) / 4294967296;
	};
}

function hashLabel(label: string): number {
	let h = 2166136261;
	for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
	return h >>> 0;
}

/** A generator for `seed`; the same seed always yields the same sequence. */
export function createRng(seed: number): Rng {
	const mix = splitmix32(seed);
	const raw = sfc32(mix(), mix(), mix(), mix());
	for (let i = 0; i < 12; i++) raw();
	return wrap(raw, seed);
}

function wrap(raw: () => number, seed: number): Rng {
	const rng: Rng = {
		next: raw,
		range: (min, max) => min + (max - min) * raw(),
		int: (min, max) => min + Math.floor((max - min + 1) * raw()),
		chance: (p) => raw() < p,
		normal: () => {
			const u = 1 - raw();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * raw());
		},
		pick: (items) => items[Math.floor(items.length * raw())],
		weighted: (weights) => {
			const total = weights.reduce((s, w) => s + w, 0);
			let r = raw() * total;
			for (let i = 0; i < weights.length; i++) {
				r -= weights[i];
				if (r < 0) return i;
			}
			return weights.length - 1;
		},
		shuffle: (items) => {
			const out = items.slice();
			for (let i = out.length - 1; i > 0; i--) {
				const j = Math.floor((i + 1) * raw());
				[out[i], out[j]] = [out[j], out[i]];
			}
			return out;
		},
		poisson: (mean) => drawPoisson(rng, mean),
		binomial: (n, p) => drawBinomial(rng, n, p),
		fork: (label) => createRng((seed ^ hashLabel(label)) >>> 0)
	};
	return rng;
}

/** Knuth's product method below 30, a rounded normal above (error well under the noise). */
function drawPoisson(rng: Rng, mean: number): number {
	if (!(mean > 0)) return 0;
	if (mean >= 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()));
	const limit = Math.exp(-mean);
	let k = 0;
	let p = rng.next();
	while (p > limit) {
		k++;
		p *= rng.next();
	}
	return k;
}

function drawBinomial(rng: Rng, n: number, p: number): number {
	if (n <= 0 || p <= 0) return 0;
	if (p >= 1) return n;
	let k = 0;
	for (let i = 0; i < n; i++) if (rng.next() < p) k++;
	return k;
}
