import type { pestZhCN } from './pest-zh-cn';

/** Pest-control pages (issue 17): the navigation entry and the tab row shared by its pages. */
export const pestEn: { readonly [K in keyof typeof pestZhCN]: string } = {
	'nav.pest': 'Pest control',
	'pest.title': 'Pest control',
	'pest.tab.dengue': 'Dengue',
	'pest.tab.facilities': 'Facilities',
	'pest.tab.campaigns': 'Campaigns'
};
