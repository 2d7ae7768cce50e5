import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../../../server/contract/cases';
import {
	actionsFor,
	deadlineBadge,
	formatDistance,
	shanghaiNow,
	sortTasks,
	taskQuery
} from '../../../../web/src/pages/phone/tasks';

const c = (id: string, deadline: string | null, lng: number, lat = 22.95) =>
	({ id, deadline, lng, lat, status: 'dispatched' }) as CaseView;

describe('phone tasks', () => {
	it('sorts by deadline, then by distance from the phone', () => {
		const here = { lng: 113.09, lat: 22.95 };
		const sorted = sortTasks(
			[
				c('far', '2025-09-27T10:00:00', 113.1),
				c('none', null, 113.09),
				c('near', '2025-09-27T10:00:00', 113.0901),
				c('first', '2025-09-26T09:00:00', 113.2)
			],
			here
		);
		expect(sorted.map((t) => t.id)).toEqual(['first', 'near', 'far', 'none']);
		expect(sorted[1].distance).toBeGreaterThan(5);
		expect(sortTasks([c('a', null, 1)], null)[0].distance).toBeNull();
	});

	it('asks each role for its own work', () => {
		expect(taskQuery({ role: 'patrol', username: 'p1' })).toContain('assignee=p1');
		expect(taskQuery({ role: 'inspector', username: 'i' })).toContain('status=handled');
		expect(taskQuery({ role: 'leader', username: 'l' })).toBeNull();
	});

	it('offers handling to field staff and verification to inspectors', () => {
		expect(actionsFor('grid', { status: 'processing' })).toEqual(['handle']);
		expect(actionsFor('inspector', { status: 'handled' })).toEqual(['verify_pass', 'verify_fail']);
		expect(actionsFor('inspector', { status: 'dispatched' })).toEqual([]);
	});

	it('badges, distances and local time', () => {
		expect(deadlineBadge({ overdue: true, due_soon: false })).toBe('overdue');
		expect(deadlineBadge({ overdue: false, due_soon: true })).toBe('dueSoon');
		expect(formatDistance(347)).toBe('350 m');
		expect(formatDistance(1234)).toBe('1.2 km');
		expect(shanghaiNow(new Date('2025-09-26T02:03:04Z'))).toBe('2025-09-26T10:03:04');
	});
});
