import { describe, expect, it } from 'vitest';
import {
	deductedPoints,
	inspectionScore,
	sectionItemScore
} from '../../../../server/domain/assessment/score';
import { DEDUCTION_ITEMS } from '../../../../server/domain/catalogues/deduction-items';

const points = (code: string) => DEDUCTION_ITEMS.find((d) => d.code === code)!.points;

describe('环卫考核 score (domain.md §6)', () => {
	it('is 6·C1 + 6·C2 + 4·C3 + 4·C4', () => {
		// By hand: 6·5 + 6·5 + 4·5 + 4·5 = 100; 6·4 + 6·3 + 4·5 + 4·2 = 24 + 18 + 20 + 8 = 70.
		expect(sectionItemScore({ c1: 5, c2: 5, c3: 5, c4: 5 })).toBe(100);
		expect(sectionItemScore({ c1: 4, c2: 3, c3: 5, c4: 2 })).toBe(70);
		expect(sectionItemScore({ c1: 0, c2: 0, c3: 0, c4: 0 })).toBe(0);
		// C1 and C3 differ in weight: swapping their marks changes the score by (6 − 4)·(5 − 1) = 8.
		expect(
			sectionItemScore({ c1: 5, c2: 0, c3: 1, c4: 0 }) -
				sectionItemScore({ c1: 1, c2: 0, c3: 5, c4: 0 })
		).toBe(8);
	});

	it('refuses a mark outside 0–5 or not whole', () => {
		expect(() => sectionItemScore({ c1: 6, c2: 0, c3: 0, c4: 0 })).toThrow(/c1.*0 to 5/);
		expect(() => sectionItemScore({ c1: 1, c2: -1, c3: 0, c4: 0 })).toThrow(/c2/);
		expect(() => sectionItemScore({ c1: 1, c2: 1, c3: 2.5, c4: 0 })).toThrow(/c3/);
	});

	it('ships the typical deductions: uncleaned area −10, waste pile −5, litter −2', () => {
		expect(points('uncleaned_area')).toBe(10);
		expect(points('waste_pile')).toBe(5);
		expect(points('litter')).toBe(2);
	});

	it('takes each deduction off per occurrence', () => {
		// One uncleaned area, two waste piles, three litter spots: 10 + 2·5 + 3·2 = 26.
		const found = [
			{ item: 'uncleaned_area', points: 10, count: 1 },
			{ item: 'waste_pile', points: 5, count: 2 },
			{ item: 'litter', points: 2, count: 3 }
		];
		expect(deductedPoints(found)).toBe(26);
		// A section marked 4, 4, 4, 3 (24 + 24 + 16 + 12 = 76) with those spots scores 76 − 26 = 50.
		expect(inspectionScore('section', { c1: 4, c2: 4, c3: 4, c4: 3 }, found)).toEqual({
			base: 76,
			deducted: 26,
			score: 50
		});
		// The key area's form starts from 100: 100 − 26 = 74.
		expect(inspectionScore('area', null, found)).toEqual({ base: 100, deducted: 26, score: 74 });
	});

	it('never goes below 0, and needs the marks of a section', () => {
		const many = [{ item: 'uncleaned_area', points: 10, count: 12 }];
		expect(inspectionScore('area', null, many).score).toBe(0);
		expect(inspectionScore('section', { c1: 1, c2: 1, c3: 1, c4: 1 }, many)).toEqual({
			base: 20,
			deducted: 120,
			score: 0
		});
		expect(() => inspectionScore('section', null, [])).toThrow(/C1–C4/);
	});
});
