import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../server/contract/records';
import { SURVEY_METHODS } from '../../../server/domain/catalogues/survey-methods';
import { generateDemoTown } from '../../../server/demo-town';
import { monthOf, pooledIndex } from './support';

let d: Dataset;
beforeAll(() => {
	const town = generateDemoTown(1);
	// The monitoring sites' surveys; the dengue season's weekly Aedes rounds (`DG…`, issue 17
	// lane B) have their own sites and methods and are checked in pest-dengue.test.ts.
	d = { ...town, surveys: town.surveys.filter((s) => !s.id.startsWith('DG')) };
});

const method = (code: string) => SURVEY_METHODS.find((m) => m.code === code);

describe('demo-town surveys', () => {
	it('has at least 3,000 records from 40–60 fixed sites, 2023–2025', () => {
		expect(d.surveys.length).toBeGreaterThanOrEqual(3000);
		const sites = new Set(d.surveys.map((s) => s.siteId));
		expect(sites.size).toBeGreaterThanOrEqual(40);
		expect(sites.size).toBeLessThanOrEqual(60);
		const odd = d.surveys.filter(
			(s) =>
				!/^S\d{3}$/.test(s.siteId) || s.surveyedAt < '2023-01-01' || s.surveyedAt > '2025-12-31'
		);
		expect(odd).toEqual([]);
	});

	it('uses only catalogue methods, matching their pest, 2–4 methods per pest', () => {
		for (const s of d.surveys) expect(method(s.method)?.pest).toBe(s.pest);
		for (const pest of ['rat', 'mosquito', 'fly', 'cockroach']) {
			const used = new Set(d.surveys.filter((s) => s.pest === pest).map((s) => s.method));
			expect(used.size).toBeGreaterThanOrEqual(2);
			expect(used.size).toBeLessThanOrEqual(4);
		}
	});

	it('keeps counts whole and within effort for proportion methods', () => {
		const bad = d.surveys.filter((s) => {
			const m = method(s.method)!;
			const whole = Number.isInteger(s.count) && (s.count2 === null || Number.isInteger(s.count2));
			return !whole || s.count < 0 || !(s.effort > 0) || (m.proportion && s.count > s.effort);
		});
		expect(bad).toEqual([]);
	});

	it('fills count2 where the method has one: positive boards ≤ effort, flies ≥ positive rooms', () => {
		for (const s of d.surveys) {
			const m = method(s.method)!;
			if (m.count2Meaning === null) expect(s.count2).toBeNull();
			if (s.method === 'cockroach.sticky')
				expect(s.count2!).toBeLessThanOrEqual(Math.min(s.effort, s.count));
			if (s.method === 'fly.indoor_rooms') expect(s.count2!).toBeGreaterThanOrEqual(s.count);
		}
	});

	it('surveys mosquitoes and flies monthly April–November, rats and cockroaches in odd months', () => {
		const months = (pest: string) =>
			new Set(d.surveys.filter((s) => s.pest === pest).map((s) => monthOf(s.surveyedAt)));
		for (const pest of ['mosquito', 'fly'])
			expect([...months(pest)].sort((a, b) => a - b)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
		for (const pest of ['rat', 'cockroach'])
			expect([...months(pest)].sort((a, b) => a - b)).toEqual([1, 3, 5, 7, 9, 11]);
	});

	it('peaks mosquitoes in July–August and rats in May', () => {
		const index = (code: string, months: number[]) =>
			pooledIndex(
				d.surveys.filter((s) => s.method === code && months.includes(monthOf(s.surveyedAt)))
			);
		expect(index('mosquito.light_trap', [7, 8])).toBeGreaterThan(
			2 * index('mosquito.light_trap', [4])
		);
		expect(index('rat.indoor_signs', [5])).toBeGreaterThan(index('rat.indoor_signs', [1]));
		expect(index('cockroach.sticky', [7])).toBeGreaterThan(index('cockroach.sticky', [1]));
		expect(index('fly.cage', [6, 7, 8])).toBeGreaterThan(index('fly.cage', [4, 11]));
	});
});
