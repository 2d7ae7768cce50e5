import type {
	HotspotProperties,
	HotspotSubject,
	PriorityReason,
	PriorityRow,
	RoadRankingRow
} from '../api/hotspot-query';
import type { MessageKey, Translate } from '../i18n';
import { binConfidence, toHotspotBin } from '../map/hotspot-colors';
import type { Lang } from '../state/lang';
import type { FeatureDescription } from './describe-feature';
import { formatNumber } from './format-values';

export interface HotspotDescribeContext {
	t: Translate;
	lang: Lang;
}

/** A bin's legend label: "99 % 热点" … "不显著" … "99 % 冷点". */
export function binLabel(bin: number, t: Translate): string {
	return t(`hotspot.bin.${toHotspotBin(bin)}` as MessageKey);
}

/** p to 3 significant figures, below 0.001 as "< 0.001" (more digits mean nothing here). */
export function formatP(p: number, lang: Lang): string {
	if (p < 0.001) return `< ${formatNumber(0.001, lang, 3)}`;
	return formatNumber(p, lang, 3);
}

/** The tooltip of a Gi* cell: its bin and community, then value, z, p and confidence. */
export function describeHotspotCell(
	cell: HotspotProperties & { site?: string; surveys?: number },
	subject: HotspotSubject,
	{ t, lang }: HotspotDescribeContext
): FeatureDescription {
	const confidence = binConfidence(cell.bin);
	const rows = [
		{ label: t(`hotspot.value.${subject}`), value: formatNumber(cell.value, lang, 2) },
		{ label: t('hotspot.z'), value: cell.z === null ? '—' : formatNumber(cell.z, lang, 2) },
		{ label: t('hotspot.p'), value: cell.p === null ? '—' : formatP(cell.p, lang) },
		{
			label: t('hotspot.confidence'),
			value: confidence === null ? t('hotspot.bin.0') : `${confidence} %`
		}
	];
	if (cell.reason) {
		rows.push({ label: t('hotspot.note'), value: t(`hotspot.reason.${cell.reason}`) });
	}
	// Gi* sums the cell with its ring: a hot cell of 0 reports is hot because of its neighbours,
	// which a clerk reading "99 % 热点, 0 起" would otherwise take for a bug.
	if (cell.bin > 0 && cell.value === 0) {
		rows.splice(1, 0, { label: t('hotspot.note'), value: t(`hotspot.neighbourDriven.${subject}`) });
	}
	// A survey site by its id with its surveys (issue 17); a cell named by its community like
	// the density rows, the H3 id only for a cell outside every zone.
	if (cell.site !== undefined) {
		rows.splice(1, 0, { label: t('pest.traps.surveys'), value: String(cell.surveys ?? 0) });
		return {
			title: binLabel(cell.bin, t),
			subtitle: t('pest.traps.site', { site: cell.site }),
			rows
		};
	}
	const place = cell.name && cell.name !== cell.h3 ? cell.name : t('hotspot.cell', { h3: cell.h3 });
	return { title: binLabel(cell.bin, t), subtitle: place, rows };
}

/** One reason of a priority row as a short chip: "热点 99 %", "近30天 3 起", "不达标 区域". */
export function formatReasonChip(reason: PriorityReason, t: Translate): string {
	const n = reason.value;
	switch (reason.code) {
		case 'hotspot':
			return t('priority.reason.hotspot', { confidence: binConfidence(Number(n)) ?? 0 });
		case 'pest_level': {
			const level = String(n);
			const known = ['A', 'B', 'C', 'FAIL'].includes(level);
			return t('priority.reason.pest_level', {
				level: known ? t(`level.${level}` as MessageKey) : level
			});
		}
		default:
			return t(`priority.reason.${reason.code}`, { n });
	}
}

/** "沙头村 · 沙头路", or whichever half is known. */
export function priorityPlace(
	row: Pick<PriorityRow, 'zoneName' | 'roadName'>,
	t: Translate
): string {
	const parts = [row.zoneName, row.roadName].filter((x): x is string => !!x);
	return parts.length ? parts.join(' · ') : t('priority.unknownPlace');
}

/**
 * A road section by its cross streets, "中山路（解放路—人民路）", so fifteen rows of 中山路 can
 * be told apart; a dead end reads 尽头 / end, a segment meeting no road just its name.
 */
export function roadSectionName(
	row: Pick<RoadRankingRow, 'name' | 'from' | 'to'>,
	t: Translate
): string {
	if (!row.from && !row.to) return row.name;
	const end = t('roads.end');
	return t('roads.section', { name: row.name, from: row.from ?? end, to: row.to ?? end });
}
