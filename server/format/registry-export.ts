import {
	LEDGER_COLUMNS,
	PLEDGE_TYPE_NAMES,
	RESPONSIBILITY_TARGET_NAMES,
	type LedgerField,
	type ResponsibilityView
} from '../contract/responsibility';
import type { ExportColumn } from './table-export';

type Lang = 'zh-CN' | 'en';

/**
 * The registry as the office's ledger: the import's columns in its order (an exported file
 * imports back as it is), then when the row started. The target is written by its id, which
 * the import takes as well as a name.
 */
export function registryExportColumns(lang: Lang): ExportColumn<ResponsibilityView>[] {
	const en = lang === 'en';
	const named = (n: { zh: string; en: string } | undefined) => (n ? (en ? n.en : n.zh) : null);
	const values: Record<LedgerField, (r: ResponsibilityView) => string | number | null> = {
		target_kind: (r) => named(RESPONSIBILITY_TARGET_NAMES[r.targetKind]),
		target: (r) => r.targetId,
		person: (r) => r.person,
		username: (r) => r.username,
		phone: (r) => r.phone,
		resp_unit: (r) => r.unit,
		pledge_type: (r) => (r.pledgeType ? named(PLEDGE_TYPE_NAMES[r.pledgeType]) : null),
		signed_on: (r) => r.signedOn,
		term_from: (r) => r.termFrom,
		term_to: (r) => r.termTo,
		on_time_target: (r) => r.targetOnTimePct,
		score_target: (r) => r.targetScore,
		note: (r) => r.note
	};
	return [
		...LEDGER_COLUMNS.map((c) => ({ header: en ? c.en : c.zh, value: values[c.field] })),
		{ header: en ? 'Place name' : '区域名称', value: (r) => r.targetName },
		{ header: en ? 'Registered at' : '登记时间', value: (r) => r.validFrom.replace('T', ' ') }
	];
}

export const registrySheetName = (lang: Lang) => (lang === 'en' ? 'Registry' : '责任制台账');
