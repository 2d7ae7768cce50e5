import { describe, expect, it } from 'vitest';
import type { VolunteerActivityView } from '../../../../server/contract/patrols';
import {
	formatVolunteers,
	renderVolunteers,
	VOLUNTEER_COLORS
} from '../../../../web/src/map/layers/volunteers';

const square: VolunteerActivityView['area'] = {
	type: 'Polygon',
	coordinates: [
		[
			[113, 23],
			[113.001, 23],
			[113.001, 23.001],
			[113, 23.001],
			[113, 23]
		]
	]
};

const activity = (id: string, over: Partial<VolunteerActivityView>): VolunteerActivityView => ({
	id,
	team: '镇团委青年志愿者服务队',
	kind: 'cleanup',
	place: 'green_belt',
	heldOn: '2025-12-01',
	people: 12,
	zoneId: 'c01',
	area: null,
	lng: 113.0005,
	lat: 23.0005,
	work: '清理绿化带',
	photoIds: [],
	createdBy: 'demo-planner',
	...over
});

describe('volunteer layer features', () => {
	const list = [
		activity('late-area', { heldOn: '2025-12-20', area: square }),
		activity('spray-point', { kind: 'spraying', heldOn: '2025-12-05' }),
		activity('early-area', { kind: 'spraying', heldOn: '2025-11-02', area: square })
	];

	it('draws an activity with an area as a polygon and one without as a point, by kind colour', () => {
		const { areas, points } = formatVolunteers(list);
		// Oldest first, so the newest lies on top.
		expect(areas.map((a) => a.activity.id)).toEqual(['early-area', 'late-area']);
		expect(points.map((p) => [p.activity.id, p.position])).toEqual([
			['spray-point', [113.0005, 23.0005]]
		]);
		// #e69f00 is 230,159,0 (spraying); #56b4e9 is 86,180,233 (clean-up).
		expect(areas[0].line).toEqual([230, 159, 0, 255]);
		expect(areas[1].line).toEqual([86, 180, 233, 255]);
		expect(areas[1].fill).toEqual([86, 180, 233, 90]);
		expect(points[0].color.slice(0, 3)).toEqual([230, 159, 0]);
		expect(areas[0].polygon).toBe(square!.coordinates);
		expect(VOLUNTEER_COLORS.cleanup).not.toBe(VOLUNTEER_COLORS.spraying);
	});

	it('makes one polygon and one point layer, and a click picks the activity', () => {
		const picked: string[] = [];
		const layers = renderVolunteers(formatVolunteers(list), (a) => picked.push(a.id));
		expect(layers.map((l) => l.id)).toEqual(['volunteers:areas', 'volunteers:points']);
		const onClick = layers[1].props.onClick as (info: { object: unknown }) => boolean;
		expect(onClick({ object: { activity: list[1] } })).toBe(true);
		expect(onClick({ object: null })).toBe(false);
		expect(picked).toEqual(['spray-point']);
	});
});
