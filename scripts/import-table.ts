/** Rejected rows as a plain-text table for a terminal; CJK characters count two columns. */
export interface TableRow {
	row: number;
	column: string;
	message: string;
}

const width = (s: string) =>
	[...s].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

export function formatRejectedTable(rows: readonly TableRow[]): string {
	const cells = [
		['row', 'column', 'problem'],
		...rows.map((r) => [String(r.row), r.column, r.message])
	];
	const w0 = Math.max(...cells.map((c) => width(c[0])));
	const w1 = Math.max(...cells.map((c) => width(c[1])));
	const lines = cells.map((c) => `${pad(c[0], w0)}  ${pad(c[1], w1)}  ${c[2]}`);
	lines.splice(1, 0, `${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ${'-'.repeat(7)}`);
	return lines.join('\n');
}
