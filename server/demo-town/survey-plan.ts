/**
 * What each monitoring site measures: methods by habitat, how much effort a visit spends,
 * and the base rate per unit of effort at the seasonal peak for an average site (spatial
 * factor 1). Bases are chosen so that zone indices span control levels A to FAIL.
 */
import type { Pest } from '../contract/records';
import type { Rng } from '../domain/random/seeded-random';

export const HABITATS = [
	'农贸市场',
	'餐饮店',
	'居民区',
	'公园绿地',
	'建筑工地',
	'垃圾中转站',
	'医院',
	'学校'
] as const;
export type Habitat = (typeof HABITATS)[number];

export const HABITAT_METHODS: Record<Habitat, readonly string[]> = {
	农贸市场: [
		'rat.snap_trap',
		'rat.indoor_signs',
		'mosquito.light_trap',
		'fly.cage',
		'fly.indoor_rooms',
		'fly.breeding_sites',
		'cockroach.sticky',
		'cockroach.infestation'
	],
	餐饮店: [
		'rat.indoor_signs',
		'fly.indoor_rooms',
		'cockroach.sticky',
		'cockroach.infestation',
		'cockroach.egg_cases'
	],
	居民区: [
		'rat.snap_trap',
		'rat.indoor_signs',
		'rat.outdoor_route',
		'mosquito.light_trap',
		'mosquito.route_index',
		'fly.cage',
		'fly.indoor_rooms',
		'cockroach.infestation'
	],
	公园绿地: [
		'rat.outdoor_route',
		'mosquito.light_trap',
		'mosquito.landing',
		'mosquito.route_index',
		'fly.cage'
	],
	建筑工地: [
		'rat.outdoor_route',
		'mosquito.landing',
		'mosquito.route_index',
		'mosquito.breteau',
		'fly.breeding_sites'
	],
	垃圾中转站: [
		'rat.snap_trap',
		'rat.outdoor_route',
		'mosquito.light_trap',
		'fly.cage',
		'fly.breeding_sites'
	],
	医院: [
		'rat.indoor_signs',
		'mosquito.light_trap',
		'fly.indoor_rooms',
		'cockroach.sticky',
		'cockroach.infestation',
		'cockroach.egg_cases'
	],
	学校: [
		'rat.indoor_signs',
		'mosquito.landing',
		'mosquito.breteau',
		'fly.indoor_rooms',
		'cockroach.infestation'
	]
};

/** Residential sites that also run the Breteau survey (domain.md: some sites). */
export const RESIDENTIAL_BRETEAU_SHARE = 0.5;

/** How attractive a habitat is to each pest (multiplies the base rate). */
export const HABITAT_FACTOR: Record<Habitat, Record<Pest, number>> = {
	农贸市场: { rat: 1.6, mosquito: 1.1, fly: 1.6, cockroach: 1.5 },
	餐饮店: { rat: 1.3, mosquito: 0.9, fly: 1.3, cockroach: 1.6 },
	居民区: { rat: 0.8, mosquito: 1.0, fly: 0.8, cockroach: 0.9 },
	公园绿地: { rat: 0.9, mosquito: 1.4, fly: 0.8, cockroach: 0.6 },
	建筑工地: { rat: 1.1, mosquito: 1.6, fly: 1.0, cockroach: 0.7 },
	垃圾中转站: { rat: 1.6, mosquito: 1.1, fly: 1.8, cockroach: 1.0 },
	医院: { rat: 0.6, mosquito: 0.8, fly: 0.6, cockroach: 0.9 },
	学校: { rat: 0.6, mosquito: 0.9, fly: 0.7, cockroach: 0.8 }
};

export type DrawKind = 'proportion' | 'poisson' | 'rooms_with_flies' | 'sticky';

export interface MethodPlan {
	/** Per unit of effort at the peak: a probability for proportions, a mean otherwise. */
	base: number;
	draw: DrawKind;
	effort: (rng: Rng) => number;
}

const rooms = (rng: Rng) => rng.int(40, 80);
const p = (base: number, effort: MethodPlan['effort']): MethodPlan => ({
	base,
	draw: 'proportion',
	effort
});
const n = (base: number, effort: MethodPlan['effort']): MethodPlan => ({
	base,
	draw: 'poisson',
	effort
});

export const METHOD_PLAN: Record<string, MethodPlan> = {
	'rat.snap_trap': p(0.015, (rng) => rng.pick([100, 150, 200]) - rng.int(0, 8)),
	'rat.indoor_signs': p(0.03, rooms),
	'rat.outdoor_route': n(2.5, (rng) => rng.pick([1, 1.5, 2, 2.5])),
	'mosquito.light_trap': n(22, (rng) => rng.int(2, 4)),
	'mosquito.landing': n(0.9, (rng) => rng.int(3, 6)),
	'mosquito.route_index': n(0.55, (rng) => rng.pick([1.5, 2, 2.5, 3])),
	'mosquito.breteau': n(0.12, (rng) => rng.int(50, 100)),
	'fly.cage': n(12, (rng) => rng.int(3, 6)),
	'fly.indoor_rooms': { base: 0.07, draw: 'rooms_with_flies', effort: rooms },
	'fly.breeding_sites': p(0.02, (rng) => rng.int(20, 40)),
	'cockroach.sticky': {
		base: 1.2,
		draw: 'sticky',
		effort: (rng) => rng.int(20, 40) - rng.int(0, 3)
	},
	'cockroach.infestation': p(0.03, rooms),
	'cockroach.egg_cases': p(0.015, rooms)
};
