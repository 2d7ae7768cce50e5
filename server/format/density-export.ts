import type { DensityUnitJson, IndicatorJson } from '../contract/density';
import type { ControlThreshold } from '../domain/catalogues/control-thresholds';
import type { SurveyMethod } from '../domain/catalogues/survey-methods';
import { formatLevel, type ExportLabels, type ExportLang } from '../i18n/export-labels';
import type { ExportColumn } from './table-export';

type Row = { unit: DensityUnitJson; indicator: IndicatorJson | null };

/** One row per unit and method (a unit without surveys keeps one row saying "no data"). */
export function flattenDensityUnits(units: readonly DensityUnitJson[]): Row[] {
	return units.flatMap((unit): Row[] =>
		unit.indicators.length
			? unit.indicators.map((indicator) => ({ unit, indicator }))
			: [{ unit, indicator: null }]
	);
}

/** Columns of the density table export, in the reader's language. */
export function densityExportColumns(
	pest: string,
	labels: ExportLabels,
	lang: ExportLang,
	methods: ReadonlyMap<string, SurveyMethod>,
	thresholds: readonly ControlThreshold[]
): ExportColumn<Row>[] {
	const method = (r: Row) => (r.indicator ? methods.get(r.indicator.method) : undefined);
	const limitC = (r: Row) =>
		thresholds.find(
			(t) => t.method === r.indicator?.method && t.indicator === 'value' && t.level === 'C'
		)?.limit ?? null;
	return [
		{ header: labels.unitId, value: (r) => r.unit.id },
		{ header: labels.unitName, value: (r) => r.unit.name },
		{ header: labels.pest, value: () => labels[pest as 'rat'] ?? pest },
		{
			header: labels.pestLevel,
			// Issue 17: a unit with surveys but too small a sample says so, not "no data".
			value: (r) =>
				r.unit.level === null && r.unit.levelNote
					? labels[r.unit.levelNote]
					: formatLevel(r.unit.level, labels)
		},
		{
			header: labels.method,
			value: (r) => {
				const m = method(r);
				return m ? (lang === 'en' ? m.nameEn : m.nameZh) : null;
			}
		},
		{ header: labels.value, value: (r) => r.indicator?.value ?? null, numberFormat: '0.00' },
		{
			header: labels.indexUnit,
			value: (r) => {
				const m = method(r);
				return m ? (lang === 'en' ? m.unitEn : m.unitZh) : null;
			}
		},
		{ header: labels.value2, value: (r) => r.indicator?.value2 ?? null, numberFormat: '0.00' },
		{ header: labels.count, value: (r) => r.indicator?.count ?? null },
		{ header: labels.effort, value: (r) => r.indicator?.effort ?? null },
		{ header: labels.count2, value: (r) => r.indicator?.count2 ?? null },
		{
			header: labels.indicatorLevel,
			// An ungraded method has data but no level: say so rather than "no data".
			value: (r) =>
				r.indicator?.note === 'not_graded'
					? labels.notGraded
					: r.indicator?.note === 'sample_too_small' || r.indicator?.note === 'limits_not_entered'
						? labels[r.indicator.note]
						: formatLevel(r.indicator?.level ?? null, labels)
		},
		{ header: labels.limitC, value: limitC },
		{ header: labels.note, value: (r) => (r.indicator?.note ? labels[r.indicator.note] : null) },
		...(pest === 'mosquito' ? aedesRiskColumns(labels) : [])
	];
}

/**
 * Mosquito rows: the unit's dengue risk band (the worse of its BI and MOI, which the control
 * level leaves out) and, on a BI or MOI row, that index's own band (domain.md §2).
 */
function aedesRiskColumns(labels: ExportLabels): ExportColumn<Row>[] {
	const own = (r: Row) =>
		r.unit.aedesRisk?.indices.find((i) => i.method === r.indicator?.method)?.band;
	return [
		{
			header: labels.aedesRisk,
			value: (r) => (r.unit.aedesRisk ? labels[r.unit.aedesRisk.band] : null)
		},
		{
			header: labels.aedesIndexRisk,
			value: (r) => {
				const band = own(r);
				return band ? labels[band] : null;
			}
		}
	];
}
