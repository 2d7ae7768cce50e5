import { describe, expect, it } from 'vitest';
import { describeChanges, formatValue } from '../../../../web/src/pages/admin/audit-changes';

describe('an audit entry’s changes as a clerk reads them', () => {
	it('lists only the fields an update changed', () => {
		expect(
			describeChanges(
				{ role: 'grid', zones: ['Z1'], displayName: '李四', disabled: false },
				{ role: 'patrol', zones: ['Z1', 'Z2'], displayName: '李四', disabled: true }
			)
		).toEqual([
			{ field: 'role', before: 'grid', after: 'patrol' },
			{ field: 'zones', before: 'Z1', after: 'Z1、Z2' },
			{ field: 'disabled', before: 'false', after: 'true' }
		]);
	});

	it('shows a created record’s fields as after only, a deleted one’s as before only', () => {
		expect(describeChanges(null, { username: 'li', team: null })).toEqual([
			{ field: 'username', before: null, after: 'li' },
			{ field: 'team', before: null, after: null }
		]);
		expect(describeChanges({ name: 'QGIS' }, undefined)).toEqual([
			{ field: 'name', before: 'QGIS', after: null }
		]);
	});

	it('shows scalars whole and nothing for nothing', () => {
		expect(describeChanges(3, 5)).toEqual([{ field: '', before: '3', after: '5' }]);
		expect(describeChanges(null, null)).toEqual([]);
	});

	it('formats nested values as compact JSON', () => {
		expect(formatValue({ a: 1 })).toBe('{"a":1}');
		expect(formatValue([{ a: 1 }])).toBe('[{"a":1}]');
		expect(formatValue(null)).toBeNull();
	});
});
