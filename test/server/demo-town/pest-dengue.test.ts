import { beforeAll, describe, expect, it } from 'vitest';
import type { SurveyRecord } from '../../../server/contract/records';
import { isoWeekOf } from '../../../server/contract/iso-week';
import { generateDemoTown } from '../../../server/demo-town';
import { WeeklySums } from '../../../server/domain/dengue/weekly';

let aedes: SurveyRecord[];
beforeAll(() => {
	aedes = generateDemoTown(1).surveys.filter((s) => s.id.startsWith('DG'));
});

describe('demo-town dengue season (issue 17 part 7)', () => {
	it('surveys BI, CI and ovitraps weekly, May–November of 2024 and 2025, with whole counts', () => {
		expect(new Set(aedes.map((s) => s.method))).toEqual(
			new Set(['mosquito.breteau', 'mosquito.container', 'mosquito.ovitrap'])
		);
		const months = new Set(aedes.map((s) => Number(s.surveyedAt.slice(5, 7))));
		expect([...months].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 11]);
		expect(new Set(aedes.map((s) => s.surveyedAt.slice(0, 4)))).toEqual(new Set(['2024', '2025']));
		for (const s of aedes) {
			expect(Number.isInteger(s.count) && s.count >= 0 && s.effort > 0).toBe(true);
			if (s.method !== 'mosquito.breteau') expect(s.count).toBeLessThanOrEqual(s.effort);
		}
		// Every site (street or ovitrap round) is visited in most of the ~30 weeks a season has.
		const weeks = new Map<string, Set<string>>();
		for (const s of aedes)
			weeks.set(s.siteId, (weeks.get(s.siteId) ?? new Set()).add(isoWeekOf(s.surveyedAt)));
		for (const w of weeks.values()) expect(w.size).toBeGreaterThanOrEqual(50);
	});

	it('has one street rising into the outbreak band in late summer 2025 and staying there', () => {
		const sums = new WeeklySums(aedes.map((s) => ({ ...s, unit: s.siteId, date: s.surveyedAt })));
		const street = 'AE01a';
		expect(sums.index(street, '2025-W28', 'mosquito.breteau')!.value!).toBeLessThan(10);
		for (const week of ['2025-W36', '2025-W40', '2025-W48'])
			expect(sums.index(street, week, 'mosquito.breteau')!.value!).toBeGreaterThanOrEqual(10);
		// 2024 has no such street in September.
		const sept2024 = [...new Set(aedes.map((s) => s.siteId))]
			.filter((id) => /[ab]$/.test(id))
			.map((id) => sums.index(id, '2024-W37', 'mosquito.breteau')?.value ?? 0);
		expect(Math.max(...sept2024)).toBeLessThan(20);
	});
});
