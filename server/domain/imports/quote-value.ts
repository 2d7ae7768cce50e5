import { excerpt, QUOTE_CHARS } from '../../contract/quote';

export { QUOTE_CHARS, quoteValue } from '../../contract/quote';

/** A cell as a problem keeps it: its first QUOTE_CHARS characters, `…` when cut. */
export const cutValue = excerpt;

/** Names listed in a message (columns, sheets): the first `most`, each cut like a quote. */
export function listNames(names: readonly string[], most = 20): string {
	const cut = names.slice(0, most).map(cutValue);
	return names.length > most ? `${cut.join(', ')} and ${names.length - most} more` : cut.join(', ');
}
