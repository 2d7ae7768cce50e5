import { describe, expect, it } from 'vitest';
import type { UserRecord } from '../../../../server/contract/accounts';
import { teamChoices, toUpdateRequest } from '../../../../web/src/pages/admin/user-form';
import { zoneNames, zoneOptions } from '../../../../web/src/pages/admin/zone-options';

const USER: UserRecord = {
	username: 'li',
	displayName: '李四',
	role: 'grid',
	zones: ['Z2', 'Z1'],
	team: null,
	phone: '13812341234',
	superior: null,
	disabled: false,
	createdAt: '2025-06-01T08:00:00',
	lastLoginAt: null
};

describe('the admin’s user form', () => {
	it('sends only what changed', () => {
		const same = { ...USER, zones: ['Z1', 'Z2'], password: '' };
		expect(toUpdateRequest(USER, same)).toEqual({});
		expect(
			toUpdateRequest(USER, { ...same, role: 'sprayer', team: '消杀一队', zones: [], phone: null })
		).toEqual({ role: 'sprayer', team: '消杀一队', zones: [], phone: null });
	});

	it('offers the teams of users and plans once each', () => {
		expect(teamChoices([{ ...USER, team: '消杀二队' }, USER], ['消杀一队', '消杀二队'])).toEqual(
			['消杀二队', '消杀一队'].sort((a, b) => a.localeCompare(b, 'zh-CN'))
		);
	});

	it('lists assignable zones, town first and grids last, and names ids', () => {
		const layer = {
			type: 'FeatureCollection' as const,
			limit: 100,
			truncated: false,
			features: [
				['G1', '一网格', 'grid'],
				['K1', '重点区域', 'key_area'],
				['C1', '东社区', 'community'],
				['S1', '某镇', 'street']
			].map(([id, name, kind]) => ({
				type: 'Feature' as const,
				geometry: { type: 'Point' as const, coordinates: [0, 0] },
				properties: { id, name, kind, parentId: null, responsible: null }
			}))
		};
		const options = zoneOptions(layer);
		expect(options.map((z) => z.id)).toEqual(['S1', 'C1', 'G1']);
		expect(zoneNames(['G1', 'X9'], options)).toEqual(['一网格', 'X9']);
	});
});
