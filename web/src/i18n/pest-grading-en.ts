import type { pestGradingZhCN } from './pest-grading-zh-cn';

/** English texts of the town grade, sample sizes and standard editions (issue 17, lane A). */
export const pestGradingEn: { readonly [K in keyof typeof pestGradingZhCN]: string } = {
	'pest.grading.note.sample_too_small': 'Sample too small, not graded',
	'pest.grading.note.limits_not_entered': 'Limits of {standard} not entered yet, not graded',
	'pest.grading.note.limits_not_entered.plain':
		'Limits of the edition in force not entered yet, not graded',
	'pest.grading.sampleShort': 'Sample too small ({n}/min {min})',
	'pest.grading.sampleShortLegend': 'Small sample',
	'pest.grading.editionChange':
		'Standard edition changes in this period: {from} → {to} (from {date})',
	'pest.grading.editionShares': 'Graded by edition: {parts}',
	'pest.grading.town.title': 'Town control level',
	'pest.grading.town.subtitle':
		'{from} to {to}, every survey in the town: index = total count ÷ total effort',
	'pest.grading.town.method': 'Method',
	'pest.grading.town.index': 'Index',
	'pest.grading.town.level': 'Level',
	'pest.grading.town.sample': 'Sample / required',
	'pest.grading.town.edition': 'Edition',
	'pest.grading.town.none': 'No surveys in this period',
	'pest.grading.town.loading': 'Grading the town…',
	'pest.grading.town.error': 'The town level could not be computed: {message}',
	'pest.grading.town.pestLevel': '{pest}: {level}',
	'pest.grading.town.ungraded': 'Not graded',
	'pest.grading.town.sampleOk': '{n} / {min} {unit}',
	'pest.grading.town.sampleNone': '{n} (no minimum)',
	'pest.grading.town.local': 'Sample minimums are local defaults',
	'pest.grading.town.severalEditions': 'by edition',
	'pest.grading.overview.none': 'No data / not graded'
};
