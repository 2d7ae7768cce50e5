import type { importZhCN } from './import-zh-cn';

/** English texts of the grouped problems and far-point warnings on /import (issue 11). */
export const importEn: { readonly [K in keyof typeof importZhCN]: string } = {
	'import.rejected.groups': 'in {groups} kinds (equal problems share one line)',
	'import.rows.one': 'row {rows}',
	'import.rows.list': 'rows {rows}',
	'import.rows.more': '{list} and {n} more',
	'import.rows.sep': ', ',
	'import.rejected.examples': 'The file has: {values}',
	'import.rejected.quote': '"{value}"',
	'import.warn.title': 'Check the coordinates: {n} points are far from every zone',
	'import.warn.hint':
		'These points lie more than {km} km from every stored zone; usually the coordinate system is wrong or longitude and latitude are swapped. Tick the box only if they are right.',
	'import.warn.allowFar': 'The coordinates are right: import these points anyway'
};
