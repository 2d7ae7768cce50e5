import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, CASE_STATUS_NAMES } from '../../../../server/contract/case-states';
import { en } from '../../../../web/src/i18n/en';
import { zhCN } from '../../../../web/src/i18n/zh-cn';
import { OVERDUE_RING, STATUS_COLORS } from '../../../../web/src/map/colors';
import { formatBlindSpots } from '../../../../web/src/map/layers/blindspots';
import { taskLink } from '../../../../web/src/app/task-link';

describe('case statuses on the map and in the legend (issue 14 item 4)', () => {
	it('gives each of the eight statuses its own colour and the contract’s names', () => {
		expect(Object.keys(STATUS_COLORS).sort()).toEqual([...CASE_STATUSES].sort());
		expect(new Set(Object.values(STATUS_COLORS)).size).toBe(CASE_STATUSES.length);
		for (const s of CASE_STATUSES) {
			expect(zhCN[`status.${s}`]).toBe(CASE_STATUS_NAMES[s].zh);
			expect(en[`status.${s}`]).toBe(CASE_STATUS_NAMES[s].en);
		}
	});

	it('rings an open overdue case in red, not a closed one', () => {
		const feature = (id: string, status: string, overdue: boolean) => ({
			type: 'Feature' as const,
			geometry: { type: 'Point' as const, coordinates: [120, 30] },
			properties: { id, status, overdue, category: 'x' } as never
		});
		const points = formatBlindSpots(
			[
				feature('a', 'accepted', true),
				feature('b', 'closed', true),
				feature('c', 'handled', false)
			],
			{ colorBy: 'status', categoryCodes: [] }
		);
		const byId = Object.fromEntries(points.map((p) => [p.feature.properties.id, p]));
		expect(byId.a.overdue).toBe(true);
		expect(byId.a.color.slice(0, 3)).toEqual(hex(STATUS_COLORS.accepted));
		expect(byId.b.overdue).toBe(false);
		expect(byId.c.open).toBe(true);
		expect(OVERDUE_RING).toMatch(/^#/);
	});

	it('links the task count to the cases waiting on the user', () => {
		expect(taskLink('li', 'planner')).toBe('/cases?status=reported,accepted,handled');
		// Grid staff: their grids' dispatched work, as their phone lists it; patrols: their own.
		expect(taskLink('zhang', 'grid')).toBe('/cases?status=dispatched,processing');
		expect(taskLink('p1', 'patrol')).toBe('/cases?status=dispatched,processing&assignee=p1');
		expect(taskLink('l', 'leader')).toBe('/cases');
	});
});

function hex(h: string): number[] {
	return [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
}
