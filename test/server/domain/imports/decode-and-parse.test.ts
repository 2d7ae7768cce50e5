import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../server/domain/imports/decode-text';
import { detectDelimiter, parseCsv } from '../../../../server/domain/imports/parse-csv';
import { encodeGbk } from '../../../helpers/gbk';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
	it.each([
		['UTF-8', utf8('编号,经度\n'), 'utf-8'],
		['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('编号,经度\n')]), 'utf-8-bom'],
		['GBK (Excel on Chinese Windows)', encodeGbk('编号,经度\n'), 'gb18030'],
		[
			'UTF-16LE with BOM (Excel "Unicode text")',
			new Uint8Array([0xff, 0xfe, ...Buffer.from('编号,经度\n', 'utf16le')]),
			'utf-16le'
		]
	])('%s decodes to the same text', (_, bytes, encoding) => {
		expect(decodeText(bytes)).toEqual({ text: '编号,经度\n', encoding });
	});

	it('plain ASCII is UTF-8', () => {
		expect(decodeText(utf8('id,lng')).encoding).toBe('utf-8');
	});
});

describe('parseCsv (RFC 4180)', () => {
	it('reads quoted delimiters, doubled quotes and line breaks inside quotes', () => {
		const text =
			'id,description\r\nB1,"垃圾, 渣土"\r\nB2,"他说""马上清"""\r\nB3,"第一行\n第二行"\r\n';
		expect(parseCsv(text)).toEqual([
			{ row: 1, cells: ['id', 'description'] },
			{ row: 2, cells: ['B1', '垃圾, 渣土'] },
			{ row: 3, cells: ['B2', '他说"马上清"'] },
			{ row: 4, cells: ['B3', '第一行\n第二行'] }
		]);
	});

	it('numbers rows as Excel shows them: a quoted line break stays in its row, blank lines count', () => {
		const rows = parseCsv('id,x\n"a\nb",1\n\nc,2\n');
		expect(rows.map((r) => [r.row, r.cells[0]])).toEqual([
			[1, 'id'],
			[2, 'a\nb'],
			[4, 'c']
		]);
	});

	it('keeps empty trailing cells and reads a last line without a line end', () => {
		expect(parseCsv('a,b,c\n1,,\n2,3,4')).toEqual([
			{ row: 1, cells: ['a', 'b', 'c'] },
			{ row: 2, cells: ['1', '', ''] },
			{ row: 3, cells: ['2', '3', '4'] }
		]);
	});

	it('detects tab and semicolon delimiters from the header', () => {
		expect(detectDelimiter('编号\t经度\t纬度\n')).toBe('\t');
		expect(detectDelimiter('id;lng;lat\n')).toBe(';');
		expect(detectDelimiter('"a;b",c\n')).toBe(',');
		expect(parseCsv('id\tlng\nA\t113.1\n')[1].cells).toEqual(['A', '113.1']);
	});
});
