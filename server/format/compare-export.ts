import type { UnitComparison } from '../domain/comparison/compare-units';
import { formatLevel, type ExportLabels } from '../i18n/export-labels';
import type { ExportColumn } from './table-export';

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
		{ header: `${labels.pestLevel} ${a}`, value: (r) => formatLevel(r.a.level, labels) },
		{ header: `${labels.value} ${b}`, value: (r) => r.b.value, numberFormat: '0.00' },
		{ header: `${labels.pestLevel} ${b}`, value: (r) => formatLevel(r.b.level, labels) },
		{ header: labels.delta, value: (r) => r.delta, numberFormat: '0.00' },
		{ header: labels.deltaPct, value: (r) => r.deltaPct, numberFormat: '0.0' },
		{ header: labels.levelChange, value: (r) => (r.levelChange ? labels[r.levelChange] : null) }
	];
}
