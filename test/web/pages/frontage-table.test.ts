import { describe, expect, it } from 'vitest';
import type { FrontageFeatureProperties } from '../../../server/contract/frontage';
import {
	EMPTY_FRONTAGE_LIST,
	filterFrontage,
	frontageQuery
} from '../../../web/src/pages/frontage/frontage-table';
import { formatFrontage } from '../../../web/src/map/layers/frontage';

const unit = (id: string, over: Partial<FrontageFeatureProperties>): FrontageFeatureProperties =>
	({
		id,
		name: id,
		category: 'shop',
		zoneId: 'c01',
		gridId: 'c01-g01',
		agreementSigned: true,
		lastCheck: 'pass',
		lastCheckAt: '2026-06-01T09:00:00',
		recentFailures: 0,
		frontageM: 20,
		lng: 113,
		lat: 23,
		frontage: {
			type: 'LineString',
			coordinates: [
				[113, 23],
				[113.0002, 23]
			]
		},
		...over
	}) as FrontageFeatureProperties;

const units = [
	unit('a', { recentFailures: 3, lastCheck: 'fail' }),
	unit('b', { agreementSigned: false, lastCheck: 'unchecked', lastCheckAt: null }),
	unit('c', { gridId: 'c02-g01', zoneId: 'c02', recentFailures: 1, lastCheck: 'fail' })
];

describe('the ledger list', () => {
	it('keeps repeat offenders, unsigned units or a grid, and sorts by failures descending', () => {
		const ids = (over: object) =>
			filterFrontage(units, { ...EMPTY_FRONTAGE_LIST, ...over }).map((u) => u.id);
		expect(ids({ repeat: true })).toEqual(['a']);
		expect(ids({ agreement: 'unsigned' })).toEqual(['b']);
		expect(ids({ zone: 'c02-g01' })).toEqual(['c']);
		expect(ids({ sort: 'recentFailures', desc: true })).toEqual(['a', 'c', 'b']);
		expect(frontageQuery({ ...EMPTY_FRONTAGE_LIST, zone: 'c01', repeat: true })).toBe(
			'zone=c01&repeat=true'
		);
	});

	it('colours the map points by last check and rings the repeat offender', () => {
		const { points } = formatFrontage(units);
		expect(points.map((p) => [p.unit.id, p.color.slice(0, 3), p.repeat])).toEqual([
			['b', [154, 160, 166], false],
			['a', [215, 25, 28], true],
			['c', [215, 25, 28], false]
		]);
	});
});
