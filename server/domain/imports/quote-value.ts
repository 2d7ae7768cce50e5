/** Characters of a cell a message quotes: enough to find it, never the whole upload. */
export const QUOTE_CHARS = 60;

/** A cell as a problem keeps it: its first QUOTE_CHARS characters, `…` when cut. */
export function cutValue(v: unknown): string {
	const text = String(v);
	if (text.length <= QUOTE_CHARS) return text;
	return `${text.slice(0, QUOTE_CHARS).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** A value as an English message quotes it: `"…"` around its first QUOTE_CHARS characters. */
export function quoteValue(v: unknown): string {
	return `"${cutValue(v)}"`;
}

/** Names listed in a message (columns, sheets): the first `most`, each cut like a quote. */
export function listNames(names: readonly string[], most = 20): string {
	const cut = names.slice(0, most).map(cutValue);
	return names.length > most ? `${cut.join(', ')} and ${names.length - most} more` : cut.join(', ');
}
