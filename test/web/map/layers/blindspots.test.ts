import { describe, expect, it } from 'vitest';
import {
	CLOSED_RADIUS_PX,
	formatBlindSpots,
	OPEN_RADIUS_PX,
	renderBlindSpots
} from '../../../../web/src/map/layers/blindspots';
import { categoryColor, hexToRgba, STATUS_COLORS } from '../../../../web/src/map/colors';
import { createBlindSpot, createFeature } from '../../fixtures';

const CODES = ['exposed_garbage', 'dirty_road'];

describe('formatBlindSpots', () => {
	it('colours by status and emphasises open cases', () => {
		const [closed, open] = formatBlindSpots(
			[
				createBlindSpot({ id: 'a', status: 'reported' }),
				createBlindSpot({ id: 'b', status: 'closed' })
			],
			{ colorBy: 'status', categoryCodes: CODES }
		);
		expect(open.feature.properties.id).toBe('a');
		expect(open.color).toEqual(hexToRgba(STATUS_COLORS.reported));
		expect(open.radius).toBe(OPEN_RADIUS_PX);
		expect(closed.radius).toBe(CLOSED_RADIUS_PX);
		expect(closed.color[3]).toBeLessThan(255);
	});

	it('draws open cases after closed ones, so they stay on top', () => {
		const statuses = ['processing', 'closed', 'dispatched', 'closed'];
		const points = formatBlindSpots(
			statuses.map((status, i) => createBlindSpot({ id: `b${i}`, status })),
			{ colorBy: 'status', categoryCodes: CODES }
		);
		expect(points.map((p) => p.open)).toEqual([false, false, true, true]);
	});

	it('colours by category by catalogue position', () => {
		const [point] = formatBlindSpots([createBlindSpot({ category: 'dirty_road' })], {
			colorBy: 'category',
			categoryCodes: CODES
		});
		expect(point.color).toEqual(hexToRgba(categoryColor('dirty_road', CODES)));
		expect(categoryColor('dirty_road', CODES)).not.toBe(categoryColor('exposed_garbage', CODES));
	});

	it('skips features without a point geometry', () => {
		const broken = createFeature<'blindspots'>(createBlindSpot().properties, null);
		expect(formatBlindSpots([broken], { colorBy: 'status', categoryCodes: CODES })).toEqual([]);
	});

	it('renders a pickable layer whose id names the data layer', () => {
		const layer = renderBlindSpots([]);
		expect(layer.id).toBe('blindspots:points');
		expect(layer.props.pickable).toBe(true);
	});
});
