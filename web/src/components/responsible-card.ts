/**
 * Who answers for a grid or road on the map's card (issue 15 item 1): the registry's person,
 * unit and pledge are the 责任人; the layer's old free-text field shows only when the registry
 * has no one, labelled as a note (备注责任人).
 */
import {
	PLEDGE_TYPE_NAMES,
	type ResponsibilityView
} from '../../../server/contract/responsibility';
import type { Translate } from '../i18n';
import type { Lang } from '../state/lang';
import type { FeatureRow } from './describe-feature';

export interface ResponsibleLine extends FeatureRow {
	kind: 'person' | 'unit' | 'pledge' | 'note';
}

/** The card's rows without the free-text 责任人 row, and that row's text (or null). */
export function takeFreeText(
	rows: readonly FeatureRow[],
	freeLabel: string
): { rows: FeatureRow[]; free: string | null } {
	const free = rows.find((r) => r.label === freeLabel)?.value ?? null;
	return { rows: rows.filter((r) => r.label !== freeLabel), free };
}

/** The 责任人 rows: the registry's, or 未登记 and the old note when it has no one. */
export function responsibleLines(
	row: ResponsibilityView | null,
	free: string | null,
	t: Translate,
	lang: Lang
): ResponsibleLine[] {
	if (!row) {
		const lines: ResponsibleLine[] = [
			{ kind: 'person', label: t('registry.map.responsible'), value: t('registry.map.none') }
		];
		if (free) lines.push({ kind: 'note', label: t('registry.map.freeText'), value: free });
		return lines;
	}
	const who = row.person ?? row.username;
	const lines: ResponsibleLine[] = [
		{
			kind: 'person',
			label: t('registry.map.responsible'),
			value: [who ?? row.unit ?? '—', row.phone].filter(Boolean).join(' ')
		}
	];
	if (who && row.unit) lines.push({ kind: 'unit', label: t('registry.map.unit'), value: row.unit });
	const pledge = [
		row.pledgeType ? PLEDGE_TYPE_NAMES[row.pledgeType][lang === 'en' ? 'en' : 'zh'] : null,
		row.signedOn ? t('registry.map.signedOn', { date: row.signedOn }) : null,
		row.termFrom && row.termTo
			? t('registry.map.term', { from: row.termFrom, to: row.termTo })
			: null
	].filter((x): x is string => x !== null);
	if (pledge.length)
		lines.push({ kind: 'pledge', label: t('registry.map.pledge'), value: pledge.join(' · ') });
	return lines;
}
