import { describe, expect, it } from 'vitest';
import { formatBenchTable, parseBenchJson, type BenchRow } from '../../scripts/bench/bench-json';

const importRow: BenchRow = {
	figure: 'import 1M rows',
	value: 123456.7,
	unit: 'rows/s',
	reference: 'DuckDB read_csv same file',
	refValue: 456789,
	target: '≥ 0.3× reference',
	met: false
};

describe('npm run bench: reading a sub-bench’s BENCH_JSON line', () => {
	it('takes the rows of the last line, after the human table', () => {
		const stdout = [
			'instance  gap %',
			'eil51      0.00',
			`BENCH_JSON ${JSON.stringify({ rows: [importRow] })}`,
			''
		].join('\n');
		expect(parseBenchJson(stdout)).toEqual([importRow]);
	});

	it('fills what a row leaves out with null, so the table shows a dash', () => {
		expect(parseBenchJson('BENCH_JSON {"rows":[{"figure":"map frame","value":1.5}]}')).toEqual([
			{
				figure: 'map frame',
				value: 1.5,
				unit: '',
				reference: null,
				refValue: null,
				target: null,
				met: null
			}
		]);
	});

	it('says what is wrong when there is no usable line', () => {
		expect(() => parseBenchJson('mean gap 0.4 %\n')).toThrow(
			'no BENCH_JSON line at the end of its output'
		);
		expect(() => parseBenchJson('BENCH_JSON {"rows":[]}\nlater output')).toThrow(
			'no BENCH_JSON line'
		);
		expect(() => parseBenchJson('BENCH_JSON {rows')).toThrow('is not JSON');
		expect(() => parseBenchJson('BENCH_JSON {"figures":[]}')).toThrow('no "rows" list');
		expect(() => parseBenchJson('BENCH_JSON {"rows":[{"value":1}]}')).toThrow(
			'row 1 has no figure'
		);
	});
});

describe('npm run bench: the one table', () => {
	it('prints each figure beside its same-run reference, target and whether it is met', () => {
		const table = formatBenchTable([
			{ bench: 'import', row: importRow },
			{
				bench: 'load',
				row: {
					figure: 'API p99, 10×',
					value: 412.345,
					unit: 'ms',
					reference: 'the same figure at 1×',
					refValue: 300,
					target: '≤ 1.5× the 1× figure',
					met: true
				}
			},
			{
				bench: 'hotspots',
				row: {
					figure: 'Gi* 1M points',
					value: 0.4567,
					unit: 'ms',
					reference: null,
					refValue: null,
					target: null,
					met: null
				}
			},
			{ bench: 'map', problem: 'missing', detail: 'scripts/bench-map.ts not in this tree' },
			{ bench: 'routes', problem: 'failed', detail: 'exit 1' }
		]);
		expect(table.split('\n')).toEqual([
			'| bench    | figure         | value          | reference (same run)                      | target               | met |',
			'|----------|----------------|----------------|-------------------------------------------|----------------------|-----|',
			'| import   | import 1M rows | 123,457 rows/s | DuckDB read_csv same file: 456,789 rows/s | ≥ 0.3× reference     | NO  |',
			'| load     | API p99, 10×   | 412 ms         | the same figure at 1×: 300 ms             | ≤ 1.5× the 1× figure | yes |',
			'| hotspots | Gi* 1M points  | 0.457 ms       | —                                         | —                    | —   |',
			'| map      | (missing)      | —              | scripts/bench-map.ts not in this tree     | —                    | —   |',
			'| routes   | (failed)       | —              | exit 1                                    | —                    | —   |'
		]);
	});
});
