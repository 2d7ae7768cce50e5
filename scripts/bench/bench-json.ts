/**
 * The bench convention of issue 18: every `scripts/bench-<lane>.ts` run with `--json` prints,
 * as its LAST stdout line, `BENCH_JSON {"rows":[…]}`; `npm run bench` (scripts/bench.ts) runs
 * each with `--json`, reads that line and prints one table. A figure's reference is measured
 * in the same run, so the ratio holds on a loaded machine.
 */
export const BENCH_JSON_PREFIX = 'BENCH_JSON ';

export interface BenchRow {
	figure: string;
	value: number | null;
	unit: string;
	/** What the value is compared with, measured in the same run; null when nothing is. */
	reference: string | null;
	refValue: number | null;
	target: string | null;
	/** Whether the target is met; null when there is no target. */
	met: boolean | null;
}

/** True when the script was asked for its BENCH_JSON line. */
export const wantsBenchJson = (argv: readonly string[] = process.argv) => argv.includes('--json');

/** Prints the BENCH_JSON line; call it last. */
export function printBenchJson(rows: readonly BenchRow[]): void {
	console.log(`${BENCH_JSON_PREFIX}${JSON.stringify({ rows })}`);
}

/**
 * The rows of a sub-bench's stdout: its last non-empty line must be the BENCH_JSON line.
 * Throws an Error saying what is wrong (no line, bad JSON, a row without a figure).
 */
export function parseBenchJson(stdout: string): BenchRow[] {
	const last = stdout
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean)
		.at(-1);
	if (!last?.startsWith(BENCH_JSON_PREFIX.trim()))
		throw new Error('no BENCH_JSON line at the end of its output');
	let parsed: unknown;
	try {
		parsed = JSON.parse(last.slice(BENCH_JSON_PREFIX.trim().length));
	} catch {
		throw new Error('its BENCH_JSON line is not JSON');
	}
	const rows = (parsed as { rows?: unknown })?.rows;
	if (!Array.isArray(rows)) throw new Error('its BENCH_JSON line has no "rows" list');
	return rows.map((r, i) => readRow(r, i));
}

function readRow(raw: unknown, index: number): BenchRow {
	const r = (raw ?? {}) as Record<string, unknown>;
	if (typeof r.figure !== 'string' || !r.figure)
		throw new Error(`BENCH_JSON row ${index + 1} has no figure`);
	const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
	const text = (v: unknown) => (typeof v === 'string' && v ? v : null);
	return {
		figure: r.figure,
		value: num(r.value),
		unit: text(r.unit) ?? '',
		reference: text(r.reference),
		refValue: num(r.refValue),
		target: text(r.target),
		met: typeof r.met === 'boolean' ? r.met : null
	};
}

/** A line of the table: a figure, or a sub-bench that gave none (missing, failed, skipped). */
export type TableLine =
	| { bench: string; row: BenchRow }
	| { bench: string; problem: 'missing' | 'failed' | 'skipped'; detail: string };

/** A number as a reader wants it: 3 significant digits, thousands grouped, no exponent. */
export function formatNumber(x: number): string {
	const abs = Math.abs(x);
	const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
	return x.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

const withUnit = (value: number | null, unit: string) =>
	value === null ? '—' : `${formatNumber(value)}${unit ? ` ${unit}` : ''}`;

/** The one table `npm run bench` prints: figure | value | reference (same run) | target | met. */
export function formatBenchTable(lines: readonly TableLine[]): string {
	const header = ['bench', 'figure', 'value', 'reference (same run)', 'target', 'met'];
	const cells = lines.map((l) => {
		if ('problem' in l) return [l.bench, `(${l.problem})`, '—', l.detail, '—', '—'];
		const r = l.row;
		const ref =
			r.reference === null
				? '—'
				: r.refValue === null
					? r.reference
					: `${r.reference}: ${withUnit(r.refValue, r.unit)}`;
		const met = r.met === null ? '—' : r.met ? 'yes' : 'NO';
		return [l.bench, r.figure, withUnit(r.value, r.unit), ref, r.target ?? '—', met];
	});
	const width = (s: string) =>
		[...s].reduce((w, ch) => w + (/[\u2e80-\uffef]/.test(ch) ? 2 : 1), 0);
	const widths = header.map((h, c) => Math.max(width(h), ...cells.map((row) => width(row[c]))));
	const line = (row: string[]) =>
		`| ${row.map((s, c) => s + ' '.repeat(widths[c] - width(s))).join(' | ')} |`;
	return [
		line(header),
		`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
		...cells.map(line)
	].join('\n');
}
