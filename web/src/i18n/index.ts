export { locale, t, Locale, type Translate } from './locale.svelte';
export type { MessageKey } from './zh-cn';
