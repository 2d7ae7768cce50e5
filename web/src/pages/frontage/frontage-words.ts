import {
	CHECK_MEASURE_NAMES,
	FRONTAGE_CATEGORY_NAMES,
	FRONTAGE_ITEMS,
	type CheckMeasure,
	type FrontageCategory
} from '../../../../server/contract/frontage';

type Lang = 'zh-CN' | 'en';
const pick = (names: { zh: string; en: string }, lang: Lang) =>
	lang === 'en' ? names.en : names.zh;

export const categoryName = (c: FrontageCategory, lang: Lang) =>
	pick(FRONTAGE_CATEGORY_NAMES[c], lang);

export const measureName = (m: CheckMeasure, lang: Lang) => pick(CHECK_MEASURE_NAMES[m], lang);

/** A failing item's words (`litter` → 门前有垃圾、杂物); an unknown code as it is. */
export function itemName(code: string, lang: Lang): string {
	const item = FRONTAGE_ITEMS.find((i) => i.code === code);
	return item ? pick(item, lang) : code;
}

/** `2026-06-14T16:30:00` → `2026-06-14 16:30`. */
export const shortTime = (t: string | null) => (t ? t.slice(0, 16).replace('T', ' ') : '—');
