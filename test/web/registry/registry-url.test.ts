import { describe, expect, it } from 'vitest';
import type { ResponsibilityView } from '../../../server/contract/responsibility';
import { replacesHolder } from '../../../web/src/pages/registry/registry-client';
import {
	EMPTY_REGISTRY,
	nextRegistrySort,
	registryAriaSort,
	registryFromParams,
	registryExportUrl,
	registryQuery,
	registryToParams,
	sortRegistry
} from '../../../web/src/pages/registry/registry-url';

const row = (id: number, over: Partial<ResponsibilityView>): ResponsibilityView => ({
	id,
	targetKind: 'zone',
	targetId: `Z${id}`,
	targetName: null,
	person: null,
	username: null,
	phone: null,
	unit: null,
	pledgeType: null,
	signedOn: null,
	termFrom: null,
	termTo: null,
	targetOnTimePct: null,
	targetScore: null,
	scanPhotoId: null,
	validFrom: '2026-01-01 00:00:00',
	validTo: null,
	changedBy: 'admin',
	note: null,
	...over
});

describe('/registry URL state', () => {
	it('keeps only what differs from the empty list', () => {
		expect(registryToParams(EMPTY_REGISTRY)).toEqual({
			kind: null,
			zone: null,
			person: null,
			sort: null,
			target: null
		});
		expect(
			registryToParams({
				...EMPTY_REGISTRY,
				kind: 'segment',
				zone: 'G3',
				person: ' 王 ',
				sort: '-person'
			})
		).toEqual({ kind: 'segment', zone: 'G3', person: '王', sort: '-person', target: null });
	});

	it('reads a shared link back into the same list', () => {
		const s = {
			...EMPTY_REGISTRY,
			kind: 'frontage' as const,
			zone: 'C1',
			person: '李',
			sort: '-term_to'
		};
		const params = new URLSearchParams(
			Object.entries(registryToParams(s)).filter((e): e is [string, string] => !!e[1])
		);
		expect(registryFromParams(params)).toEqual(s);
	});

	it('drops a malformed kind or sort back to the defaults', () => {
		const s = registryFromParams(new URLSearchParams('kind=house&sort=phone'));
		expect(s.kind).toBe('');
		expect(s.sort).toBe('kind');
	});

	it('opens the edit dialog of the map link’s place', () => {
		const s = registryFromParams(new URLSearchParams('kind=zone&target=G12'));
		expect(s).toMatchObject({ kind: 'zone', editKind: 'zone', editTarget: 'G12' });
		expect(registryToParams(s)).toMatchObject({ kind: 'zone', target: 'G12' });
		// A target without a known kind opens nothing.
		expect(registryFromParams(new URLSearchParams('target=G12')).editTarget).toBe('');
	});

	it('asks the API for the filters only', () => {
		expect(
			registryQuery({ ...EMPTY_REGISTRY, kind: 'zone', zone: 'C1', person: '王', sort: '-unit' })
		).toBe(`kind=zone&zone=C1&person=${encodeURIComponent('王')}`);
		expect(registryQuery(EMPTY_REGISTRY)).toBe('');
	});

	it('exports with the same filters as the table', () => {
		expect(registryExportUrl('en', { ...EMPTY_REGISTRY, kind: 'road', person: '王' })).toBe(
			`/api/responsibilities/export?format=xlsx&lang=en&kind=road&person=${encodeURIComponent('王')}`
		);
		expect(registryExportUrl('zh-CN', EMPTY_REGISTRY)).toBe(
			'/api/responsibilities/export?format=xlsx&lang=zh-CN'
		);
	});
});

describe('/registry sort', () => {
	it('ascends on the first click, descends on the second, ascends again', () => {
		expect(nextRegistrySort('kind', 'person')).toBe('person');
		expect(nextRegistrySort('person', 'person')).toBe('-person');
		expect(nextRegistrySort('-person', 'person')).toBe('person');
		expect(registryAriaSort('-person', 'person')).toBe('descending');
		expect(registryAriaSort('person', 'person')).toBe('ascending');
		expect(registryAriaSort('person', 'unit')).toBe('none');
	});

	const rows = [
		row(1, { targetKind: 'frontage', targetName: '甲店', person: '赵六', termTo: '2026-12-31' }),
		row(2, { targetKind: 'zone', targetName: '一网格', person: '王五', termTo: '2027-06-30' }),
		row(3, { targetKind: 'segment', targetName: '人民路1段', unit: '保洁公司', termTo: null }),
		row(4, { targetKind: 'road', targetName: '人民路', person: '李四', termTo: '2026-03-31' })
	];
	const ids = (s: string) => sortRegistry(rows, s).map((r) => r.id);

	it('orders kinds grid, road, section, frontage unit', () => {
		expect(ids('kind')).toEqual([2, 4, 3, 1]);
		expect(ids('-kind')).toEqual([1, 3, 4, 2]);
	});

	it('orders by term end with empty terms last both ways', () => {
		expect(ids('term_to')).toEqual([4, 1, 2, 3]);
		expect(ids('-term_to')).toEqual([2, 1, 4, 3]);
	});

	it('orders persons by pinyin (李 l, 王 w, 赵 z), a unit-only row last', () => {
		expect(ids('person')).toEqual([4, 2, 1, 3]);
		expect(ids('-person')).toEqual([1, 2, 4, 3]);
	});
});

describe('the dialog’s replace notice', () => {
	const current = { person: '王五', username: 'wangwu', unit: null };
	it('shows for another person, account or unit, not for a phone or term edit', () => {
		expect(replacesHolder(current, { person: '王五', username: 'wangwu', unit: '' })).toBe(false);
		expect(replacesHolder(current, { person: ' 王五 ', username: 'wangwu', unit: '' })).toBe(false);
		expect(replacesHolder(current, { person: '李四', username: 'wangwu', unit: '' })).toBe(true);
		expect(replacesHolder(current, { person: '王五', username: '', unit: '' })).toBe(true);
		expect(replacesHolder(current, { person: '王五', username: 'wangwu', unit: '保洁公司' })).toBe(
			true
		);
		expect(replacesHolder(null, { person: '李四', username: '', unit: '' })).toBe(false);
	});
});
