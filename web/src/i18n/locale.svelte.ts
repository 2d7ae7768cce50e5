import { DEFAULT_LANG, type Lang } from '../state/lang';
import { en } from './en';
import { translate, type MessageParams } from './translate';
import { zhCN, type MessageKey, type Messages } from './zh-cn';

const DICTIONARIES: Record<Lang, Messages> = { 'zh-CN': zhCN, en };

/** The current language; `t` reads it, so templates re-render when it changes. */
export class Locale {
	lang = $state<Lang>(DEFAULT_LANG);

	t = (key: MessageKey, params?: MessageParams): string =>
		translate(DICTIONARIES[this.lang], key, params);

	/** Picks the Chinese or English name of a catalogue entry served by the API. */
	name = (entry: { nameZh: string; nameEn: string }): string =>
		this.lang === 'en' ? entry.nameEn : entry.nameZh;
}

/** The app's one locale; components call `t('key')`. */
export const locale = new Locale();
export const t = locale.t;
export type Translate = Locale['t'];
