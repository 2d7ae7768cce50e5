/**
 * The deterministic demo town 安澜镇 (synthetic): streets, zones, places, monitoring
 * surveys, blind-spot reports and spray campaigns for 2023–2025. Pure: no I/O, no clock.
 * data/README.md documents the recipe and every parameter.
 */
import type { Dataset } from '../contract/records';
import { TOWN_CENTER, TOWN_NAME } from './frame';
import { buildTown } from './town';
import { locatePlantedChanges, type PlantedChanges } from './planted';
import { createRng } from '../domain/random/seeded-random';
import { simulateActivity } from './activity';
import { simulateDengueSurveys } from './pest-dengue';

export type { PlantedChanges } from './planted';

/** The demo town and where its planted changes are (for tests and the recipe). */
export function buildDemoTown(seed = 1): { dataset: Dataset; planted: PlantedChanges } {
	const rng = createRng(seed);
	const town = buildTown(rng.fork('town'));
	const planted = locatePlantedChanges(town.pois, town.communities);
	const activity = simulateActivity(rng.fork('activity'), town, planted);
	return {
		dataset: {
			meta: { name: TOWN_NAME, seed, synthetic: true, center: [TOWN_CENTER[0], TOWN_CENTER[1]] },
			...town.records,
			...activity,
			// Issue 17 lane B: weekly BI, CI and ovitrap rounds of the dengue season. Every record
			// list is sorted by id (DG… sorts before SV…).
			surveys: [...activity.surveys, ...simulateDengueSurveys(rng.fork('pest-dengue'), town)].sort(
				(a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
			)
		},
		planted
	};
}

/** The demo town for `seed`: the same seed always gives the same data, byte for byte. */
export function generateDemoTown(seed = 1): Dataset {
	return buildDemoTown(seed).dataset;
}
