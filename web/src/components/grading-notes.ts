import type { DensityUnitJson, IndicatorJson } from '../../../server/contract/density';
import type { Translate } from '../i18n';
import type { Lang } from '../state/lang';
import { formatNumber } from './format-values';

/**
 * Issue 17: the words for why an indicator has no level: the older notes, too small a sample
 * ("样本不足 (n/最少m)"), or an edition whose limits are not entered yet.
 */
export function indicatorNoteText(ind: IndicatorJson, t: Translate, lang: Lang): string | null {
	switch (ind.note) {
		case null:
			return null;
		case 'sample_too_small':
			return sampleShortText(ind, t, lang);
		case 'limits_not_entered': {
			const standard = ind.standard ?? ind.shares?.find((s) => s.note === ind.note)?.standard;
			return standard
				? t('pest.grading.note.limits_not_entered', { standard })
				: t('pest.grading.note.limits_not_entered.plain');
		}
		default:
			return t(`note.${ind.note}`);
	}
}

/** "样本不足 (540/最少1000)" for an indicator below its sample minimum. */
export function sampleShortText(ind: IndicatorJson, t: Translate, lang: Lang): string {
	return t('pest.grading.sampleShort', {
		n: formatNumber(ind.effort, lang, 2),
		min: formatNumber(ind.sampleMin ?? 0, lang, 2)
	});
}

/** The unit's 样本不足 words (its first too-small indicator), or null when it is not short. */
export function unitSampleShort(unit: DensityUnitJson, t: Translate, lang: Lang): string | null {
	if (unit.levelNote !== 'sample_too_small') return null;
	const ind = unit.indicators.find((i) => i.note === 'sample_too_small');
	return ind ? sampleShortText(ind, t, lang) : null;
}
