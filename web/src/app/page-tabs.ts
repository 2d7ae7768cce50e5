import type { MessageKey } from '../i18n';

/** One tab of a page group's tab row (PageTabs.svelte): the page's path and its label's key. */
export interface PageTab {
	path: string;
	label: MessageKey;
}
