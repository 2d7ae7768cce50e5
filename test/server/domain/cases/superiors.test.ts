import { describe, expect, it } from 'vitest';
import {
	noticeRecipients,
	superiorsOf,
	type StaffMember
} from '../../../../server/domain/cases/superiors';

const user = (
	username: string,
	role: string,
	zones: string[] = [],
	superior: string | null = null,
	disabled = false
): StaffMember => ({ username, role, zones, superior, disabled });

// A case in grid c02-g01 of village c02 in the town.
const AREAS = ['c02-g01', 'c02', 'town'];

describe('the assignee’s superior (督办)', () => {
	it('is the 上级 the admin set', () => {
		const staff = [
			user('wang', 'grid', ['c02'], 'li'),
			user('li', 'leader'),
			user('p1', 'planner')
		];
		expect(superiorsOf('wang', AREAS, staff)).toEqual(['li']);
	});

	it('falls back to the planners whose zones cover the case, a zoneless planner covering all', () => {
		const staff = [
			user('wang', 'grid', ['c02']),
			user('p-east', 'planner', ['c01']),
			user('p-west', 'planner', ['c02']),
			user('p-town', 'planner', [])
		];
		expect(superiorsOf('wang', AREAS, staff)).toEqual(['p-town', 'p-west']);
		expect(superiorsOf(null, AREAS, staff)).toEqual(['p-town', 'p-west']);
	});

	it('is every planner when none covers the case, and skips disabled users', () => {
		const staff = [
			user('wang', 'grid', ['c02'], 'gone'),
			user('gone', 'leader', [], null, true),
			user('p-east', 'planner', ['c01']),
			user('p-key', 'planner', ['key-core']),
			user('p-off', 'planner', ['c02'], null, true)
		];
		expect(superiorsOf('wang', AREAS, staff)).toEqual(['p-east', 'p-key']);
	});

	it('tells the assignee and the superiors once each, never the one who escalated', () => {
		const staff = [user('wang', 'grid', ['c02']), user('p1', 'planner'), user('p2', 'planner')];
		expect(noticeRecipients('wang', AREAS, staff, 'p1')).toEqual([
			{ username: 'wang', as: 'assignee' },
			{ username: 'p2', as: 'superior' }
		]);
		// A free-text assignee (a company) gets no notice; the planners do.
		expect(noticeRecipients('保洁公司', AREAS, staff, null)).toEqual([
			{ username: 'p1', as: 'superior' },
			{ username: 'p2', as: 'superior' }
		]);
		// A planner who is the assignee is not told twice.
		expect(noticeRecipients('p1', AREAS, staff, null)).toEqual([
			{ username: 'p1', as: 'assignee' },
			{ username: 'p2', as: 'superior' }
		]);
	});
});
