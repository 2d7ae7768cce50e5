import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCostMatrix, measurePath } from '../../../../server/domain/routing/cost-matrix';
import { optimizePath } from '../../../../server/domain/routing/path-optimizer';
import { createRng } from '../../../../server/domain/random/seeded-random';
import { solveTour } from '../../../../server/domain/routing/solve-tour';
import {
	buildEuc2dMatrix,
	parseBestSolutions,
	parseTsplib
} from '../../../../server/domain/routing/tsplib';
import { bruteForcePath } from './brute-force';

const TSPLIB_DIR = resolve(import.meta.dirname, '../../../../../shared/data/real/tsplib');
const optima = parseBestSolutions(readFileSync(resolve(TSPLIB_DIR, 'bestSolutions.txt'), 'utf8'));

describe('TSP core on TSPLIB', () => {
	it.each(['eil51', 'berlin52', 'st70'])(
		'%s: within 4 % of the optimum (iteration-bound, 2 s cap)',
		(name) => {
			const instance = parseTsplib(readFileSync(resolve(TSPLIB_DIR, `${name}.tsp`), 'utf8'));
			const matrix = buildEuc2dMatrix(instance.coords);
			const started = performance.now();
			const tour = solveTour(matrix, { seed: 1, iterations: 5000, timeLimitMs: 2000 });
			const gap = measurePath(matrix, tour) / (optima.get(name) as number) - 1;
			expect(gap).toBeLessThanOrEqual(0.04);
			expect([...tour].sort((a, b) => a - b)).toEqual([
				0,
				...Array.from({ length: matrix.n }, (_, i) => i)
			]);
			// Generous: the budget is in iterations, so a loaded CI machine only gets slower.
			expect(performance.now() - started).toBeLessThan(10_000);
		}
	);

	it('reads EUC_2D with nint rounding: eil51 optimal tour is 426', () => {
		const instance = parseTsplib(readFileSync(resolve(TSPLIB_DIR, 'eil51.tsp'), 'utf8'));
		const opt = readFileSync(resolve(TSPLIB_DIR, 'eil51.opt.tour'), 'utf8')
			.split(/\r?\n/)
			.filter((l) => /^\d+$/.test(l.trim()))
			.map((l) => Number(l) - 1);
		expect(measurePath(buildEuc2dMatrix(instance.coords), [...opt, opt[0]])).toBe(426);
	});
});

describe('path optimiser against brute force', () => {
	const randomMatrix = (seed: number, n: number, symmetric: boolean) => {
		const random = createRng(seed).next;
		const pts = Array.from({ length: n }, () => [random() * 1000, random() * 1000]);
		const skew = Array.from({ length: n * n }, () => (symmetric ? 1 : 1 + random() * 0.5));
		return createCostMatrix(
			n,
			(i, j) => Math.hypot(pts[i][0] - pts[j][0], pts[i][1] - pts[j][1]) * skew[i * n + j],
			symmetric
		);
	};

	it.each(Array.from({ length: 12 }, (_, k) => k + 1))(
		'seed %i: open paths with 4–8 stops, symmetric and one-way costs, are optimal',
		(seed) => {
			for (const symmetric of [true, false]) {
				const stops = 4 + (seed % 5);
				const matrix = randomMatrix(seed, stops + 2, symmetric);
				const inner = Array.from({ length: stops }, (_, i) => i + 2);
				const path = optimizePath(matrix, [0, ...inner, 1], {
					random: createRng(seed),
					iterations: 200
				});
				expect(path[0]).toBe(0);
				expect(path[path.length - 1]).toBe(1);
				expect(measurePath(matrix, path)).toBeCloseTo(bruteForcePath(matrix, 0, inner, 1), 6);
			}
		}
	);
});
