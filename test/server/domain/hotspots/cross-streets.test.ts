import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { crossStreets } from '../../../../server/domain/hotspots/cross-streets';

const line = (...coordinates: [number, number][]): LineString => ({
	type: 'LineString',
	coordinates
});

/**
 * 中山路 runs east in three sections, crossed by 解放路 (grade 2) at 113.01 and by 人民路
 * (grade 3) and a lane 小巷 (grade 4) at 113.02; 跨江桥 passes over section 2 without a
 * shared vertex (a bridge).
 */
const SEGMENTS = [
	{ id: 'zs-1', roadId: 'zs', name: '中山路', grade: 2, geometry: line([113, 23], [113.01, 23]) },
	{
		id: 'zs-2',
		roadId: 'zs',
		name: '中山路',
		grade: 2,
		geometry: line([113.01, 23], [113.015, 23.0001], [113.02, 23])
	},
	{
		id: 'zs-3',
		roadId: 'zs',
		name: '中山路',
		grade: 2,
		geometry: line([113.02, 23], [113.03, 23])
	},
	{
		id: 'jf-1',
		roadId: 'jf',
		name: '解放路',
		grade: 2,
		geometry: line([113.01, 22.99], [113.01, 23], [113.01, 23.01])
	},
	{
		id: 'rm-1',
		roadId: 'rm',
		name: '人民路',
		grade: 3,
		geometry: line([113.02, 22.99], [113.02, 23])
	},
	{
		id: 'xx-1',
		roadId: 'xx',
		name: '小巷',
		grade: 4,
		geometry: line([113.02, 23], [113.02, 23.005])
	},
	{
		id: 'qiao',
		roadId: 'qiao',
		name: '跨江桥',
		grade: 2,
		geometry: line([113.015, 22.99], [113.015, 23.01])
	}
];

describe('crossStreets', () => {
	it('names each section of one road by the roads at its two ends', () => {
		const ends = crossStreets(SEGMENTS);
		expect(ends.get('zs-1')).toEqual({ from: null, to: '解放路' });
		expect(ends.get('zs-2')).toEqual({ from: '解放路', to: '人民路' });
		expect(ends.get('zs-3')).toEqual({ from: '人民路', to: null });
	});
	it('picks the more important road where several meet and ignores a bridge', () => {
		const ends = crossStreets(SEGMENTS);
		// 人民路 (grade 3) over 小巷 (grade 4) at 113.02.
		expect(ends.get('xx-1')).toEqual({ from: '中山路', to: null });
		expect(ends.get('qiao')).toEqual({ from: null, to: null });
		// 解放路 meets 中山路 at an inner vertex, not an end.
		expect(ends.get('jf-1')).toEqual({ from: null, to: null });
	});
});
