import { describe, expect, it } from 'vitest';
import { COLUMN_ALIASES } from '../../../../server/domain/imports/column-aliases';
import { IMPORT_FIELDS, IMPORT_KINDS } from '../../../../server/domain/imports/import-fields';
import { resolveMapping } from '../../../../server/domain/imports/resolve-mapping';
import type { ImportFieldTable } from '../../../../web/src/api/import-client';
import {
	buildTemplateCsv,
	templateHeaders
} from '../../../../web/src/pages/import/import-template';

/** The table `GET /api/import` answers for a kind. */
const fieldsOf = (kind: (typeof IMPORT_KINDS)[number]): ImportFieldTable =>
	Object.fromEntries(
		Object.entries(IMPORT_FIELDS[kind]).map(([f, spec]) => [
			f,
			{ ...spec, aliases: COLUMN_ALIASES[f] ?? [] }
		])
	);

describe('import template CSV', () => {
	it('starts with the UTF-8 BOM and ends the header line with CRLF', () => {
		const bytes = buildTemplateCsv(fieldsOf('blindspots'));
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect([...bytes.slice(-2)]).toEqual([0x0d, 0x0a]);
	});

	it('uses the Chinese headers a clerk knows for blind spots', () => {
		const text = new TextDecoder().decode(buildTemplateCsv(fieldsOf('blindspots')).slice(3));
		expect(text).toBe('编号,类别,上报时间,状态,经度,纬度,描述,来源,处置期限,结案时间\r\n');
	});

	it('falls back to the canonical name when no Chinese alias is unambiguous', () => {
		const fields: ImportFieldTable = {
			a: { type: 'text', required: true, aliases: ['共同'] },
			b: { type: 'text', required: false, aliases: ['共同', '乙'] },
			c: { type: 'text', required: false, aliases: ['c2'] }
		};
		expect(templateHeaders(fields).map((h) => h.header)).toEqual(['a', '乙', 'c']);
	});

	it('quotes a header with a comma or a quote', () => {
		const fields: ImportFieldTable = { x: { type: 'text', required: true, aliases: ['甲,"乙"'] } };
		const text = new TextDecoder().decode(buildTemplateCsv(fields).slice(3));
		expect(text).toBe('"甲,""乙"""\r\n');
	});

	for (const kind of IMPORT_KINDS) {
		it(`maps every ${kind} template header back to its field on the server`, () => {
			const headers = templateHeaders(fieldsOf(kind));
			const { mapping } = resolveMapping({
				kind,
				headers: headers.map((h) => h.header),
				given: {},
				hasGeometry: false
			});
			expect(mapping).toEqual(Object.fromEntries(headers.map((h) => [h.field, h.header])));
		});
	}
});
