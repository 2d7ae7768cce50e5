import type { ImportLang } from '../../contract/import-results';
import { excerpt, QUOTE_CHARS } from '../../contract/quote';

export { QUOTE_CHARS, quoteValue } from '../../contract/quote';

/** A cell as a problem keeps it: its first QUOTE_CHARS characters, `…` when cut. */
export const cutValue = excerpt;

/**
 * Names listed in a message (sheets, fields): the first `most`, each cut like a quote, joined
 * as `lang` writes a list ("封面、死角 等 25 个" / "A, B and 5 more"), each in `quote` if given.
 */
export function listNames(
	names: readonly string[],
	lang: ImportLang,
	most = 20,
	quote = (name: string) => name
): string {
	const cut = names.slice(0, most).map((n) => quote(cutValue(n)));
	const more = names.length - most;
	if (lang === 'zh-CN') return `${cut.join('、')}${more > 0 ? ` 等 ${names.length} 个` : ''}`;
	return `${cut.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}
