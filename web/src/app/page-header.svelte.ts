import { getContext, onDestroy, setContext } from 'svelte';

/** What the shell's header shows for the page on screen. */
export interface HeaderInfo {
	/** The data set's name (e.g. the town). */
	datasetName: string | null;
	synthetic: boolean;
	/** Opens the page's side panel on narrow screens; null hides the ☰ button. */
	onTogglePanel: (() => void) | null;
}

const BLANK: HeaderInfo = { datasetName: null, synthetic: false, onTogglePanel: null };

/** The shell's header, filled in by whichever page is shown. */
export class PageHeader {
	#source = $state.raw<() => HeaderInfo>(() => BLANK);
	/**
	 * The same, unreactive: a page's teardown runs after the next page showed its info, and
	 * Svelte hands teardowns the state as it was before that change, so it must not read `#source`.
	 */
	#shown: (() => HeaderInfo) | null = null;
	readonly info = $derived(this.#source());

	/** Shows `source`'s info until the returned function is called. */
	show(source: () => HeaderInfo): () => void {
		this.#shown = source;
		this.#source = source;
		return () => {
			if (this.#shown !== source) return;
			this.#shown = null;
			this.#source = () => BLANK;
		};
	}
}

const KEY = Symbol('page-header');

export function setPageHeader(header: PageHeader): PageHeader {
	return setContext(KEY, header);
}

/** Fills the shell's header while the calling page is mounted. */
export function usePageHeader(source: () => HeaderInfo): void {
	const header = getContext<PageHeader | undefined>(KEY);
	if (!header) throw new Error('usePageHeader() outside the app shell');
	onDestroy(header.show(source));
}
