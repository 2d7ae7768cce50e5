import type { TargetKind } from '../../contract/spray-plan-results';

/**
 * Default minutes at a stop by what is there, so a planner gets a realistic day without
 * typing times (editable per stop). From town 消杀 practice: a garbage point is sprayed
 * and its surroundings checked in about 10 minutes; a pond or ditch needs larvicide along
 * its edge (~20); a survey site that failed its control level gets a full treatment (~25).
 */
export const SERVICE_MIN_BY_TARGET = {
	blind_spot: 10,
	garbage_station: 10,
	water_body: 20,
	market: 20,
	toilet: 10,
	restaurant: 15,
	survey_site: 25,
	// Issue 17 lane D: checking a bait station or lamp and re-baiting takes a few minutes; a
	// green belt or vacant plot is sprayed along its length (~30).
	facility: 5,
	standing_target: 30
} as const satisfies Record<TargetKind, number>;
export type { TargetKind };

/** POI kinds that breed flies or mosquitoes: 孳生地 for the breeding-site target list. */
export const BREEDING_POI_KINDS = ['water_body', 'garbage_station', 'market', 'toilet'] as const;

/** Control levels from best to worst; a survey site qualifies at or past the chosen level. */
const LEVEL_ORDER = ['A', 'B', 'C', 'FAIL'];

export function meetsTargetLevel(level: string | null, threshold: 'C' | 'FAIL'): boolean {
	return level !== null && LEVEL_ORDER.indexOf(level) >= LEVEL_ORDER.indexOf(threshold);
}
