/**
 * Import problems as a plain-text table for a terminal, one line per group of equal problems
 * (`rows` as runs like 2–501) or per problem (`row`); CJK characters count two columns.
 */
export interface TableRow {
	row?: number;
	rows?: [number, number][];
	count?: number;
	column: string;
	message: string;
	examples?: string[];
}

const width = (s: string) =>
	[...s].reduce((n, ch) => n + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1), 0);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - width(s)));

function rowsText(r: TableRow): string {
	if (!r.rows) return String(r.row);
	const runs = r.rows.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(',');
	const listed = r.rows.reduce((n, [a, b]) => n + b - a + 1, 0);
	return r.count !== undefined && r.count > listed ? `${runs},+${r.count - listed}` : runs;
}

/** A group's message with its example cells: `…（如 “a”、“b”）` or `… (e.g. "a", "b")`. */
function problemText(r: TableRow, zh: boolean): string {
	if (!r.examples?.length) return r.message;
	return zh
		? `${r.message}（如 ${r.examples.map((e) => `“${e}”`).join('、')}）`
		: `${r.message} (e.g. ${r.examples.map((e) => `"${e}"`).join(', ')})`;
}

export function formatIssueTable(rows: readonly TableRow[], lang: 'zh-CN' | 'en'): string {
	const zh = lang === 'zh-CN';
	const cells = [
		zh ? ['行', '列', '问题'] : ['row', 'column', 'problem'],
		...rows.map((r) => [rowsText(r), r.column, problemText(r, zh)])
	];
	const w0 = Math.max(...cells.map((c) => width(c[0])));
	const w1 = Math.max(...cells.map((c) => width(c[1])));
	const lines = cells.map((c) => `${pad(c[0], w0)}  ${pad(c[1], w1)}  ${c[2]}`);
	lines.splice(1, 0, `${'-'.repeat(w0)}  ${'-'.repeat(w1)}  ${'-'.repeat(7)}`);
	return lines.join('\n');
}
