import { describe, expect, it } from 'vitest';
import { assessAedesRisk, aedesRiskBand } from '../../../../server/domain/density/aedes-risk';
import { assessUnits } from '../../../../server/domain/density/assess-units';
import { SHIPPED_CATALOGUE } from './helpers';

describe('Aedes (dengue) risk bands of domain.md §2 (issue 11 item 4)', () => {
	it.each([
		[0, 'safe'],
		[4.99, 'safe'],
		[5, 'transmission'],
		[9.99, 'transmission'],
		[10, 'outbreak'],
		[12.96, 'outbreak'],
		[20, 'outbreak'],
		[20.01, 'epidemic'],
		[45.42, 'epidemic']
	])('BI or MOI %f is %s', (value, band) => {
		expect(aedesRiskBand(value)).toBe(band);
	});

	it('takes the worse of BI and MOI, and has no band without either', () => {
		const ind = (method: string, value: number | null) => ({
			method,
			value,
			value2: null,
			count: 0,
			effort: value === null ? 0 : 1,
			count2: null,
			level: null,
			note: null
		});
		expect(assessAedesRisk([ind('mosquito.breteau', 6), ind('mosquito.ovitrap', 21)])).toEqual({
			band: 'epidemic',
			indices: [
				{ method: 'mosquito.breteau', value: 6, band: 'transmission' },
				{ method: 'mosquito.ovitrap', value: 21, band: 'epidemic' }
			]
		});
		expect(assessAedesRisk([ind('mosquito.light_trap', 30)])).toBeNull();
		expect(assessAedesRisk([ind('mosquito.breteau', null)])).toBeNull();
	});

	it('西岸社区, summer 2025: route index A but BI 12.96 — the unit says outbreak risk', () => {
		// 35 positive containers in 270 households = BI 12.96; 0 small water spots in 8 km.
		const [unit] = assessUnits(
			SHIPPED_CATALOGUE,
			'mosquito',
			[
				{ unit: 'c05', method: 'mosquito.breteau', count: 35, effort: 270, count2: null },
				{ unit: 'c05', method: 'mosquito.route_index', count: 0, effort: 8, count2: null }
			],
			new Map([['c05', '西岸社区']])
		);
		expect(unit.level).toBe('A');
		expect(unit.aedesRisk?.band).toBe('outbreak');
		expect(unit.aedesRisk?.indices[0].value).toBeCloseTo(12.96, 2);
	});

	it('rats have no Aedes risk', () => {
		const [unit] = assessUnits(
			SHIPPED_CATALOGUE,
			'rat',
			[{ unit: 'c05', method: 'rat.indoor_signs', count: 1, effort: 100, count2: null }],
			null
		);
		expect(unit.aedesRisk).toBeUndefined();
	});
});
