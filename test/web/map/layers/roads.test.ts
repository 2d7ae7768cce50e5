import { describe, expect, it } from 'vitest';
import {
	formatRoads,
	keyGroupNames,
	KEY_ROAD_WIDTH_PX,
	ROAD_WIDTH_PX
} from '../../../../web/src/map/layers/roads';
import { hexToRgba, MAP_COLORS } from '../../../../web/src/map/colors';
import { createFeature, createRoad } from '../../fixtures';

describe('formatRoads', () => {
	it('highlights the segments of any key group, whatever the admin named it', () => {
		const roads = [
			createRoad('r1', { keyGroup: '十路一区' }),
			createRoad('r2'),
			createRoad('r3', { keyGroup: '城区主干道' })
		];
		const { key, other } = formatRoads(roads);
		expect(key.map((p) => p.feature.properties.id).sort()).toEqual(['r1', 'r3']);
		expect(other.map((p) => p.feature.properties.id)).toEqual(['r2']);
		expect(keyGroupNames(roads)).toEqual(['城区主干道', '十路一区']);
		expect(key[0].color).toEqual(hexToRgba(MAP_COLORS.keyRoad));
		expect(key[0].width).toBe(KEY_ROAD_WIDTH_PX);
	});

	it('widens other roads by grade and draws major roads last', () => {
		const { other } = formatRoads([
			createRoad('g1', { grade: 1 }),
			createRoad('g4', { grade: 4 }),
			createRoad('g2', { grade: 2 })
		]);
		expect(other.map((p) => [p.feature.properties.id, p.width])).toEqual([
			['g4', ROAD_WIDTH_PX[3]],
			['g2', ROAD_WIDTH_PX[1]],
			['g1', ROAD_WIDTH_PX[0]]
		]);
	});

	it('splits a MultiLineString into paths and skips a missing geometry', () => {
		const multi = createFeature<'roads'>(createRoad('m').properties, {
			type: 'MultiLineString',
			coordinates: [
				[
					[0, 0],
					[1, 1]
				],
				[
					[2, 2],
					[3, 3]
				]
			]
		});
		const none = createFeature<'roads'>(createRoad('n').properties, null);
		expect(formatRoads([multi, none]).other).toHaveLength(2);
	});
});
