import type { PageTab } from '../../app/page-tabs';

/** The 除四害 pages (issue 17), in the order a 爱卫办 clerk works through them. */
export const PEST_TABS: readonly PageTab[] = [
	{ path: '/pest/dengue', label: 'pest.tab.dengue' },
	{ path: '/pest/facilities', label: 'pest.tab.facilities' },
	{ path: '/pest/campaigns', label: 'pest.tab.campaigns' }
];
