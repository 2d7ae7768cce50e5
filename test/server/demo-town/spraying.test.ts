import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, SurveyRecord } from '../../../server/contract/records';
import { generateDemoTown } from '../../../server/demo-town';
import { communityLocator, monthOf, pooledIndex, yearOf } from './support';

let d: Dataset;
let zoneOf: (lng: number, lat: number) => string | null;
beforeAll(() => {
	d = generateDemoTown(1);
	zoneOf = communityLocator(d);
});

const YEARS = [2023, 2024, 2025];

/** domain.md §3: RPI = (control_pre × treated_post) / (control_post × treated_pre) × 100. */
function rpi(records: SurveyRecord[], treated: Set<string>, pre: number, post: number): number {
	const pick = (month: number, inTreated: boolean) =>
		pooledIndex(
			records.filter(
				(s) => monthOf(s.surveyedAt) === month && treated.has(zoneOf(s.lng, s.lat)!) === inTreated
			)
		);
	return ((pick(pre, false) * pick(post, true)) / (pick(post, false) * pick(pre, true))) * 100;
}

function targets(campaign: string, pest: string): Set<string> {
	return new Set(
		d.sprayEvents
			.filter((e) => e.campaign === campaign && e.pest === pest)
			.flatMap((e) => e.targetIds)
	);
}

describe('demo-town spraying', () => {
	it('runs a spring and an autumn campaign every year, with controls left out', () => {
		const communities = d.zones
			.filter((z) => z.kind === 'community' || z.kind === 'village')
			.map((z) => z.id);
		for (const year of YEARS)
			for (const season of ['春季', '秋季']) {
				const events = d.sprayEvents.filter((e) => e.campaign === `${year} ${season}除四害`);
				expect(new Set(events.map((e) => e.pest))).toEqual(
					new Set(['rat', 'mosquito', 'fly', 'cockroach'])
				);
				for (const pest of ['rat', 'mosquito', 'fly', 'cockroach']) {
					const treated = targets(`${year} ${season}除四害`, pest);
					expect(treated.size).toBeGreaterThan(0);
					expect(communities.filter((c) => !treated.has(c)).length).toBeGreaterThanOrEqual(3);
				}
				const months = new Set(events.map((e) => monthOf(e.startedAt)));
				for (const m of months) expect(season === '春季' ? m <= 4 : m >= 9).toBe(true);
			}
	});

	it('names teams, chemicals and amounts on every event', () => {
		for (const e of d.sprayEvents) {
			expect(e.team).toMatch(/^消杀[一二三]队$/);
			expect(e.amount).toBeGreaterThan(0);
			expect(e.chemical.length).toBeGreaterThan(0);
		}
	});

	it('lowers mosquito light-trap density after autumn spraying, relative to controls', () => {
		for (const year of YEARS) {
			const records = d.surveys.filter(
				(s) => s.method === 'mosquito.light_trap' && yearOf(s.surveyedAt) === year
			);
			expect(rpi(records, targets(`${year} 秋季除四害`, 'mosquito'), 8, 9)).toBeLessThan(80);
		}
	});

	it('lowers cockroach and fly indices after autumn treatment, relative to controls', () => {
		for (const year of YEARS) {
			const of = (code: string) =>
				d.surveys.filter((s) => s.method === code && yearOf(s.surveyedAt) === year);
			expect(
				rpi(of('cockroach.sticky'), targets(`${year} 秋季除四害`, 'cockroach'), 7, 9)
			).toBeLessThan(80);
			expect(rpi(of('fly.cage'), targets(`${year} 秋季除四害`, 'fly'), 8, 9)).toBeLessThan(90);
		}
	});
});
