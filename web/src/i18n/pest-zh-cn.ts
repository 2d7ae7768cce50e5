/** 除四害 pages (issue 17): the navigation entry and the tab row shared by its pages. */
export const pestZhCN = {
	'nav.pest': '除四害',
	'pest.title': '除四害',
	'pest.tab.dengue': '登革热防控',
	'pest.tab.facilities': '防制设施',
	'pest.tab.campaigns': '集中行动'
} as const;
