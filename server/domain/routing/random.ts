/** A seeded generator (mulberry32): the same seed gives the same plan on every machine. */
export type Random = () => number;

export function createRandom(seed: number): Random {
	let a = seed >>> 0 || 0x9e3779b9;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
	return Math.floor(random() * n);
}
