/**
 * Header cells as column names: blank ones become `column N` (N = 1-based position) and
 * repeats get ` (2)`, ` (3)`, so every column can be named in a mapping or a message.
 */
export function nameHeaders(cells: readonly unknown[]): string[] {
	const seen = new Map<string, number>();
	return cells.map((cell, i) => {
		const base =
			cell === null || cell === undefined || String(cell).trim() === ''
				? `column ${i + 1}`
				: String(cell).trim();
		const n = (seen.get(base) ?? 0) + 1;
		seen.set(base, n);
		return n === 1 ? base : `${base} (${n})`;
	});
}
