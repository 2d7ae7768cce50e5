import type { FacilityView, StandingTargetView } from '../../../../server/contract/facilities';
import type { FeatureDescription } from '../../components/describe-feature';
import { formatDate } from '../../components/format-values';
import type { Translate } from '../../i18n';
import type { MessageKey } from '../../i18n';
import type { Lang } from '../../state/lang';

/** A facility kind's name; an unknown (town-added) kind shows its code. */
export function facilityKindName(kind: string, t: Translate): string {
	const key = `pest.facilities.kind.${kind}` as MessageKey;
	const name = t(key);
	return name === key ? kind : name;
}

/** What the facility's state is in words: the last inspection's finding, and overdue. */
export function facilityStateText(f: FacilityView, t: Translate): string {
	const found = t(`pest.facilities.condition.${f.condition}`);
	return f.overdue ? `${found} · ${t('pest.facilities.state.overdue')}` : found;
}

export function describeFacility(f: FacilityView, t: Translate, lang: Lang): FeatureDescription {
	const last = f.lastInspection;
	return {
		title: f.name,
		subtitle: `${facilityKindName(f.kind, t)} · ${facilityStateText(f, t)}`,
		rows: [
			{ label: t('pest.facilities.tip.owner'), value: f.owner ?? '—' },
			{
				label: t('pest.facilities.tip.last'),
				value: last
					? [formatDate(last.inspectedAt, lang), last.note].filter(Boolean).join(' · ')
					: t('pest.facilities.never')
			},
			{ label: t('pest.facilities.tip.next'), value: formatDate(f.nextDueOn, lang) ?? '—' }
		]
	};
}

export function describeTarget(
	s: StandingTargetView,
	t: Translate,
	lang: Lang
): FeatureDescription {
	return {
		title: s.name,
		subtitle: `${t(`pest.facilities.target.${s.kind}`)} · ${t(s.due ? 'pest.facilities.target.due' : 'pest.facilities.target.notDue')}`,
		rows: [
			{
				label: t('pest.facilities.tip.every'),
				value: t('pest.facilities.every', { n: s.everyDays })
			},
			{
				label: t('pest.facilities.tip.lastTreated'),
				value: formatDate(s.lastTreatedOn, lang) ?? t('pest.facilities.notTreated')
			},
			{
				label: t('pest.facilities.tip.nextTreat'),
				value: formatDate(s.nextDueOn, lang) ?? t('pest.facilities.dueNow')
			}
		]
	};
}
