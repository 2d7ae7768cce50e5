import type { pestDengueZhCN } from './pest-dengue-zh-cn';

/** Dengue season week /pest/dengue (issue 17 lane B). */
export const pestDengueEn: Record<keyof typeof pestDengueZhCN, string> = {
	'pest.dengue.title': 'Dengue season week',
	'pest.dengue.week': 'Week',
	'pest.dengue.weekRange': '{week} ({from} to {to})',
	'pest.dengue.prev': 'Previous week',
	'pest.dengue.next': 'Next week',
	'pest.dengue.latest': 'Latest week',
	'pest.dengue.season.in':
		'Dengue season (months {from}–{to}): every community and village needs a Breteau (BI) or ovitrap (MOI) survey each week.',
	'pest.dengue.season.out':
		'This week is outside the dengue season (months {from}–{to}); no weekly survey is due.',
	'pest.dengue.rule':
		'BI and MOI risk: below 5 safe, 5–10 transmission risk, 10–20 outbreak risk, above 20 epidemic risk; the worse of the two counts. The container index (CI) has no national risk band, so only its value is shown.',
	'pest.dengue.missedCount': '{n} communities/villages had no BI or MOI survey this week: {names}',
	'pest.dengue.col.zone': 'Community / village',
	'pest.dengue.col.band': 'Risk this week',
	'pest.dengue.col.bi': 'Breteau index BI',
	'pest.dengue.col.moi': 'Ovitrap index MOI',
	'pest.dengue.col.ci': 'Container index CI',
	'pest.dengue.col.prev': 'Last week',
	'pest.dengue.col.trend': 'Trend',
	'pest.dengue.bi': '{value} ({count}/{effort} households)',
	'pest.dengue.moi': '{value} ({count}/{effort} ovitraps)',
	'pest.dengue.ci': '{value} ({count}/{effort} containers)',
	'pest.dengue.ciNoBand': 'no band',
	'pest.dengue.notSurveyed': 'not surveyed',
	'pest.dengue.missed': 'No survey this week',
	'pest.dengue.noBand': 'No data',
	'pest.dengue.trend.up': '↑ rising',
	'pest.dengue.trend.down': '↓ falling',
	'pest.dengue.trend.same': '→ level',
	'pest.dengue.roads.title': 'Streets with BI ≥ 10 ({n})',
	'pest.dengue.roads.none': 'No street reached a Breteau index of 10 this week.',
	'pest.dengue.roads.col.road': 'Street',
	'pest.dengue.roads.col.bi': 'BI (positive containers / households)',
	'pest.dengue.targets.title': 'Spray and clean-up targets ({n})',
	'pest.dengue.targets.hint':
		'Survey sites on these streets with positive containers or ovitraps this week, and ponds, garbage stations, markets and toilets within 100 m of them.',
	'pest.dengue.targets.none': 'No targets this week.',
	'pest.dengue.targets.plan': 'Plan a route for these targets',
	'pest.dengue.map': 'Aedes risk per community this week and streets with BI ≥ 10',
	'pest.dengue.legend.road': 'Street with BI ≥ 10',
	'pest.dengue.legend.target': 'Target',
	'pest.dengue.empty':
		'No Aedes surveys yet (Breteau index, ovitraps, container index). Import survey records first:',
	'pest.dengue.emptyLink': 'Import data',
	'plans.source.dengue': 'Dengue high-BI street targets'
};
