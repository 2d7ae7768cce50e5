import { describe, expect, it } from 'vitest';
import { resolveMapping } from '../../../../server/domain/imports/resolve-mapping';

describe('resolveMapping', () => {
	it('recognises Chinese headers without a mapping', () => {
		const { mapping, issues, unmapped } = resolveMapping({
			kind: 'surveys',
			headers: ['编号', '方法', '日期', '数量', '有效数', '经度', '纬度', '备注'],
			given: {},
			hasGeometry: false
		});
		expect(issues).toEqual([]);
		expect(mapping).toEqual({
			id: '编号',
			method: '方法',
			surveyed_at: '日期',
			count: '数量',
			effort: '有效数',
			lng: '经度',
			lat: '纬度'
		});
		expect(unmapped).toEqual(['备注']);
	});

	it('ignores case, spaces, underscores and a bracketed note', () => {
		const { mapping } = resolveMapping({
			kind: 'blindspots',
			headers: ['ID', 'Category', 'Reported At', '经度（GCJ-02）', '纬度(GCJ-02)'],
			given: {},
			hasGeometry: false
		});
		expect(mapping).toMatchObject({
			id: 'ID',
			category: 'Category',
			reported_at: 'Reported At',
			lng: '经度（GCJ-02）',
			lat: '纬度(GCJ-02)'
		});
	});

	it('an explicit mapping wins and frees the column it replaces', () => {
		const { mapping, issues } = resolveMapping({
			kind: 'pois',
			headers: ['id', 'kind', 'name', 'X坐标', 'Y坐标', 'lng'],
			given: { lng: 'X坐标', lat: 'Y坐标' },
			hasGeometry: false
		});
		expect(issues).toEqual([]);
		expect(mapping).toMatchObject({ lng: 'X坐标', lat: 'Y坐标' });
	});

	it('names the column in every mapping problem', () => {
		const { issues } = resolveMapping({
			kind: 'surveys',
			headers: ['id', 'method', 'date', 'count'],
			given: { effort: '有效', colour: 'id' },
			hasGeometry: false
		});
		expect(issues.map((i) => [i.row, i.column])).toEqual([
			[1, '有效'],
			[1, 'colour'],
			[1, 'lng'],
			[1, 'lat']
		]);
		expect(issues.slice(0, 3)).toEqual([
			{
				row: 1,
				column: '有效',
				code: 'mapping_missing_column',
				params: { field: 'effort' },
				value: '有效'
			},
			{
				row: 1,
				column: 'colour',
				code: 'mapping_unknown_field',
				params: { kind: 'surveys' },
				value: 'colour'
			},
			{ row: 1, column: 'lng', code: 'missing_column', params: { field: 'lng' } }
		]);
	});

	it('GeoJSON points and areas need no lng/lat or geometry columns', () => {
		expect(
			resolveMapping({
				kind: 'blindspots',
				headers: ['id', 'category', 'reported_at'],
				given: {},
				hasGeometry: true
			}).issues
		).toEqual([]);
		expect(
			resolveMapping({
				kind: 'zones',
				headers: ['id', 'name', 'kind'],
				given: {},
				hasGeometry: true
			}).issues
		).toEqual([]);
		expect(
			resolveMapping({
				kind: 'zones',
				headers: ['id', 'name', 'kind'],
				given: {},
				hasGeometry: false
			}).issues
		).toHaveLength(1);
	});
});
