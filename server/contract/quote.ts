/** Characters of an input a message quotes: enough to find it, never the whole request or upload. */
export const QUOTE_CHARS = 60;

/** The first QUOTE_CHARS characters of a text, with `…` when it was cut. */
export function excerpt(v: unknown): string {
	const text = String(v);
	if (text.length <= QUOTE_CHARS) return text;
	return `${text.slice(0, QUOTE_CHARS).replace(/[\uD800-\uDBFF]$/, '')}…`;
}

/** A value as a message quotes it: `"…"` around its first QUOTE_CHARS characters. */
export const quoteValue = (v: unknown): string => `"${excerpt(v)}"`;
