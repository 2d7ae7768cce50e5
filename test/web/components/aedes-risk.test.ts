import { describe, expect, it } from 'vitest';
import { aedesSeverity, inDengueSeason } from '../../../web/src/components/aedes-risk';
import { sortDensityUnits } from '../../../web/src/components/density-table';
import { createDensityUnit } from '../fixtures';

describe('Aedes risk on the web (issue 11 item 4)', () => {
	it('leads in the dengue season, May to October', () => {
		expect(inDengueSeason('2025-06-01', '2025-08-31')).toBe(true);
		expect(inDengueSeason('2025-01-01', '2025-12-31')).toBe(true);
		expect(inDengueSeason('2025-10-31', '2025-11-30')).toBe(true);
		expect(inDengueSeason('2025-11-01', '2026-04-30')).toBe(false);
		expect(inDengueSeason('2024-12-01', '2025-02-28')).toBe(false);
		expect(inDengueSeason(null, null)).toBe(false);
	});

	it('sorts the density table by risk band, worst first, units without a band last', () => {
		const unit = (id: string, band: 'safe' | 'outbreak' | 'epidemic' | null) => ({
			...createDensityUnit(id, 'A'),
			aedesRisk: band && { band, indices: [] }
		});
		const units = [
			unit('c01', 'safe'),
			unit('c02', null),
			unit('c05', 'outbreak'),
			unit('c15', 'epidemic')
		];
		const sorted = sortDensityUnits(units, { key: 'aedes', dir: 'desc' }, 'zh-CN');
		expect(sorted.map((u) => u.id)).toEqual(['c15', 'c05', 'c01', 'c02']);
		expect(aedesSeverity(units[1].aedesRisk)).toBe(-1);
	});
});
