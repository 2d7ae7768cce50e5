/**
 * Survey records: every site visited on the cadence of its pests (seasons.ts), each method
 * of that pest measured the same day. Expected rate = base × seasonal curve × site factor ×
 * year trend × spraying effect × planted changes × visit noise.
 */
import type { Pest, SurveyRecord } from '../contract/records';
import { YEARS, dayOf, isWeekend, isoDate } from './calendar';
import { toLngLat } from './frame';
import { plantedFactor, type PlantedChanges } from './planted';
import type { Rng } from '../domain/random/seeded-random';
import { SEASONAL_CURVE, SURVEY_MONTHS, YEAR_TREND } from './seasons';
import type { Site } from './sites';
import type { SiteFactors } from './spatial-factor';
import { sprayFactor, type SprayEvent } from './spraying';
import { drawMeasurement } from './survey-draws';
import { METHOD_PLAN } from './survey-plan';

/** Visits fall between these days of the month (then moved off weekends). */
const VISIT_DAYS: [number, number] = [8, 20];
/** Spread of visit-to-visit noise on the expected rate (log scale). */
const VISIT_SIGMA = 0.25;
/** A visit's position jitter, metres. */
const JITTER_M = 4;
const PESTS: readonly Pest[] = ['rat', 'mosquito', 'fly', 'cockroach'];

export interface SurveyInputs {
	sites: readonly Site[];
	factors: ReadonlyMap<string, SiteFactors>;
	events: readonly SprayEvent[];
	planted: PlantedChanges;
}

type Draft = Omit<SurveyRecord, 'id'>;

export function simulateSurveys(rng: Rng, input: SurveyInputs): Draft[] {
	const drafts: Draft[] = [];
	for (const site of input.sites) {
		const r = rng.fork(site.id);
		const factors = input.factors.get(site.id)!;
		for (const year of YEARS)
			for (const pest of PESTS) {
				const methods = site.methods.filter((m) => m.startsWith(`${pest}.`));
				if (methods.length === 0) continue;
				for (const month of SURVEY_MONTHS[pest]) {
					let day = dayOf(year, month, r.int(...VISIT_DAYS));
					while (isWeekend(day)) day++;
					const season = SEASONAL_CURVE[pest][month - 1] * YEAR_TREND[pest][year];
					const spray = sprayFactor(input.events, site.communityId, pest, day);
					for (const method of methods) {
						const plan = METHOD_PLAN[method];
						const noise = Math.exp(VISIT_SIGMA * r.normal() - (VISIT_SIGMA * VISIT_SIGMA) / 2);
						const planted = plantedFactor(input.planted, site.communityId, method, day);
						const rate = plan.base * season * factors[pest] * spray * planted * noise;
						const m = drawMeasurement(plan, rate, 1.2 + 0.45 * factors.fly, r);
						const [lng, lat] = toLngLat([
							site.at[0] + r.range(-1, 1) * JITTER_M,
							site.at[1] + r.range(-1, 1) * JITTER_M
						]);
						drafts.push({
							pest,
							method,
							siteId: site.id,
							habitat: site.habitat,
							surveyedAt: isoDate(day),
							...m,
							lng,
							lat
						});
					}
				}
			}
	}
	return drafts;
}
