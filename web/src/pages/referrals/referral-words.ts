import {
	CHECK_MEASURE_NAMES,
	FRONTAGE_CATEGORY_NAMES,
	FRONTAGE_ITEMS,
	REFERRAL_OUTCOME_NAMES,
	type FrontageCategory,
	type FrontageItem,
	type ReferralOutcome
} from '../../../../server/contract/frontage';
import type { Lang } from '../../state/lang';

const pick = (n: { zh: string; en: string }, lang: Lang) => (lang === 'en' ? n.en : n.zh);

/** The failing items in words, joined as the office writes them: `门前有垃圾、杂物；乱泼污水`. */
export function itemsInWords(items: readonly FrontageItem[], lang: Lang): string {
	const words = items.map((code) => {
		const item = FRONTAGE_ITEMS.find((i) => i.code === code);
		return item ? pick(item, lang) : code;
	});
	return words.join(lang === 'en' ? '; ' : '；');
}

export const categoryInWords = (c: FrontageCategory, lang: Lang) =>
	FRONTAGE_CATEGORY_NAMES[c] ? pick(FRONTAGE_CATEGORY_NAMES[c], lang) : c;

export const measureInWords = (m: 'warn' | 'order', lang: Lang) =>
	pick(CHECK_MEASURE_NAMES[m], lang);

export const outcomeInWords = (o: ReferralOutcome, lang: Lang) =>
	REFERRAL_OUTCOME_NAMES[o] ? pick(REFERRAL_OUTCOME_NAMES[o], lang) : o;
