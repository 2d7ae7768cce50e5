/** Columns of the 环卫考核 ranking and ledger exports (issue 16 lane C). */
import type { LedgerReport, LedgerRow, ScoreRow } from '../contract/assessment-scores';
import type { AssessmentExportLabels } from '../i18n/assessment-export-labels';
import type { ExportColumn } from './table-export';

export function scoreColumns(l: AssessmentExportLabels, period: string): ExportColumn<ScoreRow>[] {
	return [
		{ header: l.period, value: () => period },
		{ header: l.rank, value: (r) => r.rank },
		{ header: l.name, value: (r) => r.name },
		{ header: l.key, value: (r) => r.key },
		{ header: l.score, value: (r) => r.score, numberFormat: '0.00' },
		{ header: l.inspections, value: (r) => r.inspections },
		{ header: l.deductions, value: (r) => r.deductions },
		{ header: l.min, value: (r) => r.min, numberFormat: '0.00' },
		{ header: l.lastYear, value: (r) => r.lastYear, numberFormat: '0.00' },
		{ header: l.change, value: (r) => r.change, numberFormat: '0.00' }
	];
}

export function ledgerColumns(
	l: AssessmentExportLabels,
	report: LedgerReport,
	lang: 'zh-CN' | 'en'
): ExportColumn<LedgerRow>[] {
	return [
		{ header: l.month, value: () => report.month },
		{ header: l.target, value: (r) => l[r.target] },
		{ header: l.targetName, value: (r) => r.targetName },
		{ header: l.score, value: (r) => r.score, numberFormat: '0.00' },
		{ header: l.inspections, value: (r) => r.inspections },
		{
			header: l.rule,
			value: (r) => (lang === 'en' ? r.ruleNameEn : r.ruleNameZh) ?? r.ruleId
		},
		{ header: l.kind, value: (r) => l[r.kind] },
		{ header: l.amount, value: (r) => r.amount },
		{ header: l.unit, value: (r) => l[r.unit] },
		{ header: l.status, value: () => (report.settled ? l.settled : l.preview) }
	];
}
