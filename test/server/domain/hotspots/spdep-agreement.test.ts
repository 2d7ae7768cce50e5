import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeGiStar } from '../../../../server/domain/hotspots/gi-star';
import { buildDiskNeighbours } from '$geo/h3-neighbours';

const FIXTURES = resolve(import.meta.dirname, '../../../../data/fixtures');
/** Made by scripts/make-gistar-fixture.R (spdep::localG) from gistar-input.csv. */
const spdep = JSON.parse(readFileSync(resolve(FIXTURES, 'gistar-spdep.json'), 'utf8')) as {
	h3: string[];
	z: Record<'1' | '2', number[]>;
};
const input = readFileSync(resolve(FIXTURES, 'gistar-input.csv'), 'utf8')
	.trim()
	.split('\n')
	.slice(1)
	.map((line) => line.split(','));

describe('Gi* agrees with R spdep::localG on 169 res-9 cells', () => {
	it('reads the same cells in the same order', () => {
		expect(input.map((r) => r[1])).toEqual(spdep.h3);
	});

	it.each(['1', '2'] as const)('k = %s: every z within 1e-6 of spdep', (k) => {
		const values = Float64Array.from(input.map((r) => Number(r[2])));
		const { z } = computeGiStar(values, buildDiskNeighbours(spdep.h3, Number(k)));
		const deltas = spdep.z[k].map((expected, i) => Math.abs(z[i] - expected));
		expect(deltas).toHaveLength(169);
		expect(Math.max(...deltas)).toBeLessThan(1e-6);
	});
});
