import { describe, expect, it } from 'vitest';
import {
	nearestSegment,
	PICK_M,
	segmentsOfRoad,
	takenByOthers,
	toggleMember
} from '../../../../web/src/pages/admin/key-group-pick';
import { createRoad } from '../../fixtures';

// Two east–west segments 0.001° of latitude apart (~111 m) at 22.96° N.
const roads = [
	createRoad('a', { name: '迎宾路', keyGroup: '十路一区' }, [
		[113.08, 22.96],
		[113.09, 22.96]
	]),
	createRoad('b', { name: '迎宾路' }, [
		[113.09, 22.96],
		[113.1, 22.96]
	]),
	createRoad('c', { name: '建设路' }, [
		[113.08, 22.961],
		[113.1, 22.961]
	])
];

describe('picking a key group’s segments on the map', () => {
	it('takes the nearest segment within PICK_M metres, none further', () => {
		// 0.0002° north of 迎宾路 is ~22 m; 0.0003° south of 建设路 is ~33 m (nearer road wins).
		expect(nearestSegment(roads, [113.085, 22.9602])?.properties.id).toBe('a');
		expect(nearestSegment(roads, [113.095, 22.9607])?.properties.id).toBe('c');
		// Halfway between (~56 m from each) is beyond PICK_M.
		expect(PICK_M).toBeLessThan(56);
		expect(nearestSegment(roads, [113.095, 22.9605])).toBeNull();
	});

	it('toggles a segment in and out, and takes a whole road by its name', () => {
		expect(toggleMember(['a'], 'b')).toEqual(['a', 'b']);
		expect(toggleMember(['a', 'b'], 'a')).toEqual(['b']);
		expect(segmentsOfRoad(roads, ' 迎宾路 ')).toEqual(['a', 'b']);
		expect(segmentsOfRoad(roads, '无名路')).toEqual([]);
	});

	it('names the segments another group holds', () => {
		expect(takenByOthers(roads, ['a', 'b'], '村街主干道')).toEqual([
			{ id: 'a', group: '十路一区' }
		]);
		expect(takenByOthers(roads, ['a', 'b'], '十路一区')).toEqual([]);
	});
});
