/**
 * One survey visit's numbers from its expected rate: effort per the method plan, counts from
 * binomial (proportions, never above effort) or Poisson draws.
 */
import type { Rng } from '../domain/random/seeded-random';
import type { MethodPlan } from './survey-plan';

/** Highest chance that one inspected unit is positive. */
const MAX_PROPORTION = 0.9;
/** Clumping of cockroaches on boards: the higher, the fewer positive boards per catch. */
const STICKY_CLUMPING = 2.5;

export interface Measurement {
	count: number;
	effort: number;
	count2: number | null;
}

/**
 * `rate` is per unit of effort; `fliesPerRoom` is the mean number of flies in a positive
 * room (fly.indoor_rooms only).
 */
export function drawMeasurement(
	plan: MethodPlan,
	rate: number,
	fliesPerRoom: number,
	rng: Rng
): Measurement {
	const effort = plan.effort(rng);
	switch (plan.draw) {
		case 'proportion':
			return { count: rng.binomial(effort, Math.min(MAX_PROPORTION, rate)), effort, count2: null };
		case 'poisson':
			return { count: rng.poisson(rate * effort), effort, count2: null };
		case 'rooms_with_flies': {
			const count = rng.binomial(effort, Math.min(MAX_PROPORTION, rate));
			return { count, effort, count2: count + rng.poisson(count * Math.max(0, fliesPerRoom - 1)) };
		}
		case 'sticky': {
			const positive = 1 - Math.exp(-rate / STICKY_CLUMPING);
			const boards = rng.binomial(effort, positive);
			const extra = boards * Math.max(0, rate / Math.max(positive, 1e-9) - 1);
			return { count: boards + rng.poisson(extra), effort, count2: boards };
		}
	}
}
