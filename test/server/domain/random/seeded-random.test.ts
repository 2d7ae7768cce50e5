import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../server/domain/random/seeded-random';

const take = (seed: number, n: number) => {
	const rng = createRng(seed);
	return Array.from({ length: n }, () => rng.next());
};

describe('seeded random numbers', () => {
	it('repeats for a seed and differs between seeds', () => {
		expect(take(7, 20)).toEqual(take(7, 20));
		expect(take(7, 20)).not.toEqual(take(8, 20));
	});

	it('forks independent, repeatable streams', () => {
		const a = createRng(3).fork('surveys');
		const b = createRng(3).fork('surveys');
		const c = createRng(3).fork('roads');
		const draw = (r: typeof a) => [r.next(), r.next(), r.next()];
		expect(draw(a)).toEqual(draw(b));
		expect(draw(createRng(3).fork('surveys'))).not.toEqual(draw(c));
	});

	it('draws Poisson and binomial counts with the right means', () => {
		const rng = createRng(11);
		const n = 20_000;
		let poisson = 0;
		let big = 0;
		let binomial = 0;
		for (let i = 0; i < n; i++) {
			poisson += rng.poisson(2.5);
			big += rng.poisson(80);
			binomial += rng.binomial(40, 0.1);
		}
		expect(poisson / n).toBeCloseTo(2.5, 1);
		expect(big / n).toBeCloseTo(80, 0);
		expect(binomial / n).toBeCloseTo(4, 1);
	});

	it('keeps uniform draws in [0, 1) and integers within bounds', () => {
		const rng = createRng(5);
		for (let i = 0; i < 5000; i++) {
			const u = rng.next();
			expect(u >= 0 && u < 1).toBe(true);
			const k = rng.int(3, 6);
			expect(k >= 3 && k <= 6 && Number.isInteger(k)).toBe(true);
		}
	});
});
