import type { pestTrapsZhCN } from './pest-traps-zh-cn';

/** English texts of hot spots on survey sites (issue 17, lane C). */
export const pestTrapsEn: { readonly [K in keyof typeof pestTrapsZhCN]: string } = {
	'pest.traps.neighbourhood': 'Compare with',
	'pest.traps.neighbourhood.h3': 'Grid cells (hexagons)',
	'pest.traps.neighbourhood.distance': 'Sites within a distance',
	'pest.traps.neighbourhood.knn': 'Nearest sites',
	'pest.traps.band': 'Distance (m)',
	'pest.traps.bandDefault': 'Automatic: {m} m',
	'pest.traps.nearest': 'Nearest sites',
	'pest.traps.bandUsed': 'Sites within {m} m of each other are neighbours',
	'pest.traps.bandAuto': ' (automatic: every site has at least one neighbour)',
	'pest.traps.nearestUsed': 'Each site is compared with its {n} nearest sites',
	'pest.traps.noNeighbours.sites': '{n} site(s) have no neighbour and cannot be judged',
	'pest.traps.noNeighbours.cells': '{n} cell(s) have no neighbour and cannot be judged',
	'pest.traps.allNeighbours': 'Every site has a neighbour',
	'pest.traps.hint': 'With sparse sites most grid cells have no neighbour: compare by distance',
	'pest.traps.site': 'Site {site}',
	'pest.traps.surveys': 'Surveys',
	'pest.traps.legendNote': '{sites} sites · {rule}',
	'pest.traps.legendAlone': 'White sites have no neighbour and cannot be judged ({n})'
};
