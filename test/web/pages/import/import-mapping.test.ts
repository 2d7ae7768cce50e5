import { describe, expect, it } from 'vitest';
import type { ImportFieldTable } from '../../../../web/src/api/import-client';
import {
	mappingRows,
	missingRequired,
	setMappingColumn,
	unusedColumns
} from '../../../../web/src/pages/import/import-mapping';

const FIELDS: ImportFieldTable = Object.freeze({
	id: { type: 'text', required: true, aliases: ['编号'] },
	lng: { type: 'number', required: true, aliases: ['经度'] },
	lat: { type: 'number', required: true, aliases: ['纬度'] },
	description: { type: 'text', required: false, aliases: ['描述'] }
});

describe('mapping editor', () => {
	it('lists every field of the kind with its column or none', () => {
		expect(mappingRows(FIELDS, { id: '编号', lng: 'X' })).toEqual([
			{ field: 'id', required: true, column: '编号' },
			{ field: 'lng', required: true, column: 'X' },
			{ field: 'lat', required: true, column: '' },
			{ field: 'description', required: false, column: '' }
		]);
	});

	it('sets a column and frees it from the field that had it', () => {
		const before = Object.freeze({ lng: 'X', lat: 'Y' });
		expect(setMappingColumn(before, 'lat', 'X')).toEqual({ lat: 'X' });
		expect(before).toEqual({ lng: 'X', lat: 'Y' });
	});

	it('clears a field with the empty column', () => {
		expect(setMappingColumn({ lng: 'X', lat: 'Y' }, 'lat', '')).toEqual({ lng: 'X' });
	});

	it('names required fields without a column; GeoJSON brings geometry and lng/lat', () => {
		expect(missingRequired(FIELDS, { id: '编号' }, false)).toEqual(['lng', 'lat']);
		expect(missingRequired(FIELDS, { id: '编号' }, true)).toEqual([]);
	});

	it('lists the file columns no field reads', () => {
		expect(unusedColumns(['编号', '经度', '备注2'], { id: '编号', lng: '经度' })).toEqual([
			'备注2'
		]);
	});
});
