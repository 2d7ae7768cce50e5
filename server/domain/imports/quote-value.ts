import { QUOTE_CHARS } from '../../contract/quote';

export { QUOTE_CHARS, quoteValue } from '../../contract/quote';

/** Names listed in a message (columns, sheets): the first `most`, each cut like a quote. */
export function listNames(names: readonly string[], most = 20): string {
	const cut = names
		.slice(0, most)
		.map((n) => (n.length > QUOTE_CHARS ? `${n.slice(0, QUOTE_CHARS)}…` : n));
	return names.length > most ? `${cut.join(', ')} and ${names.length - most} more` : cut.join(', ');
}
