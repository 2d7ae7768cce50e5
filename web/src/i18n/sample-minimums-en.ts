import type { sampleMinimumsZhCN } from './sample-minimums-zh-cn';

/** Administration · sample minimums (issue 17's sample minimums, edited by the admin). */
export const sampleMinimumsEn: Record<keyof typeof sampleMinimumsZhCN, string> = {
	'admin.nav.sampleMinimums': 'Sample minimums',
	'minimums.title': 'Survey sample minimums',
	'minimums.intro':
		'Below these amounts of effort no control level is given; the map and the overview say "sample too small". Where the national standards set no sample size, a local default is used (confidence L): change it to your local rules.',
	'minimums.pest': 'Pest',
	'minimums.method': 'Survey method',
	'minimums.town': 'Town grade needs at least',
	'minimums.unit': 'Each community or grid needs at least',
	'minimums.measure': 'Unit',
	'minimums.source': 'Source',
	'minimums.confidence': 'Confidence',
	'minimums.confidence.H': 'H set by a standard',
	'minimums.confidence.M': 'M guidance or literature',
	'minimums.confidence.L': 'L local default',
	'minimums.save': 'Save all',
	'minimums.saved': 'Saved; levels are now graded with these minimums',
	'minimums.unitAboveTown':
		'Row {row}: the minimum for a community or grid may not exceed the town’s',
	'minimums.empty': 'No sample minimums yet'
};
