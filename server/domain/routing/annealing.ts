import type { Rng } from '../random/seeded-random';

/**
 * Simulated annealing as SISR uses it: a candidate is kept when its cost is below the
 * current one plus T·(−ln u), u uniform in (0, 1], so worse plans pass now and then and
 * the search leaves local optima. T falls geometrically from `start` to `end` as the work
 * budget is spent, so the schedule is the same on a fast or a busy machine.
 */
export class Annealing {
	constructor(
		private readonly start: number,
		private readonly end: number
	) {}

	temperature(fraction: number): number {
		return this.start * (this.end / this.start) ** fraction;
	}

	accepts(candidate: number, current: number, fraction: number, random: Rng): boolean {
		const threshold = -this.temperature(fraction) * Math.log(1 - random.next());
		return candidate < current + threshold;
	}
}
