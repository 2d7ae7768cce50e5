import type { UnitComparison, UnitSide } from '../domain/comparison/compare-units';
import { formatLevel, type ExportLabels } from '../i18n/export-labels';
import type { ExportColumn } from './table-export';

/** The level of the method in view, as the table shows it ("not graded" is not "no data"). */
function methodLevel(side: UnitSide, labels: ExportLabels): string {
	return side.methodNote === 'not_graded'
		? labels.notGraded
		: formatLevel(side.methodLevel, labels);
}

/** Columns of the comparison table export: A, B, change and level change per unit. */
export function compareExportColumns(
	a: string,
	b: string,
	labels: ExportLabels
): ExportColumn<UnitComparison>[] {
	return [
		{ header: labels.unitId, value: (r) => r.id },
		{ header: labels.unitName, value: (r) => r.name },
		{ header: `${labels.value} ${a}`, value: (r) => r.a.value, numberFormat: '0.00' },
		{ header: `${labels.indicatorLevel} ${a}`, value: (r) => methodLevel(r.a, labels) },
		{ header: `${labels.value} ${b}`, value: (r) => r.b.value, numberFormat: '0.00' },
		{ header: `${labels.indicatorLevel} ${b}`, value: (r) => methodLevel(r.b, labels) },
		{ header: labels.delta, value: (r) => r.delta, numberFormat: '0.00' },
		{ header: labels.deltaPct, value: (r) => r.deltaPct, numberFormat: '0.0' },
		{ header: labels.levelChange, value: (r) => (r.levelChange ? labels[r.levelChange] : null) }
	];
}
