import { describe, expect, it } from 'vitest';
import { nameCellsByZone } from '../../../../server/domain/density/cell-names';

describe('nameCellsByZone', () => {
	it('names cells by their community, numbered by cell id where it has several', () => {
		const names = nameCellsByZone([
			{ id: '89411d7a83bffff', zoneName: '沙头村' },
			{ id: '89411d7a113ffff', zoneName: '龙湾村' },
			{ id: '89411d7a807ffff', zoneName: '沙头村' },
			{ id: '89411d71203ffff', zoneName: null }
		]);
		expect(Object.fromEntries(names)).toEqual({
			'89411d7a83bffff': '沙头村 #2',
			'89411d7a807ffff': '沙头村 #1',
			'89411d7a113ffff': '龙湾村',
			'89411d71203ffff': '89411d71203ffff'
		});
	});
});
