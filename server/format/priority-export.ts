import type { PriorityRow } from '../contract/hotspots';
import type { ExportLabels } from '../i18n/export-labels';
import type { ExportColumn } from './table-export';

/** Why a place is listed, in words: `热点置信度 3（30分）；近30天上报 4（20分）`. */
export function describeReasons(row: PriorityRow, labels: ExportLabels, lang: string): string {
	const [open, close, sep] = lang === 'en' ? [' (', ')', '; '] : ['（', '）', '；'];
	return row.reasons
		.map((r) => `${labels[r.code]} ${r.value}${open}${r.points} ${labels.points}${close}`)
		.join(sep);
}

/** Columns of the priority list export, in the reader's language. */
export function priorityColumns(labels: ExportLabels, lang: string): ExportColumn<PriorityRow>[] {
	return [
		{ header: labels.rank, value: (r) => r.rank },
		{ header: labels.score, value: (r) => r.score },
		{ header: labels.zoneName, value: (r) => r.zoneName },
		{ header: labels.roadName, value: (r) => r.roadName },
		{ header: labels.reports, value: (r) => r.reports },
		{ header: labels.reasons, value: (r) => describeReasons(r, labels, lang) },
		{ header: labels.lng, value: (r) => r.centre[0], numberFormat: '0.000000' },
		{ header: labels.lat, value: (r) => r.centre[1], numberFormat: '0.000000' },
		{ header: labels.h3, value: (r) => r.h3 }
	];
}
