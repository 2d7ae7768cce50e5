/**
 * The header's task badge and the 我的任务 lists agree (issue 15): the count is the number of
 * cases the list shows for the user's task rule (contract/case-tasks.ts). A patrol's badge no
 * longer counts a 责令整改 case in its grid that was dispatched to the shop's owner.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../server/contract/accounts';
import { taskLink } from '../../../web/src/app/task-link';
import { taskQuery } from '../../../web/src/pages/phone/tasks';
import { useCaseTestbed, type Json, type Users } from './case-helpers';

// Friday 2025-09-26 16:00; exposed_garbage has 8 working hours, so by Monday 09-29 it is late.
const { bed, clock, report } = useCaseTestbed('2025-09-26T16:00:00');
let as: Users;
beforeAll(() => void ({ as } = bed));

const PATROL = ['c02-g01'];

async function dispatched(assignee: string): Promise<string> {
	const { id } = await report();
	expect((await as('grid', ['c02']).act(id, { action: 'accept' })).status).toBe(200);
	const res = await as('planner').act(id, { action: 'dispatch', assignee });
	expect(res.status, JSON.stringify(res.body)).toBe(200);
	return id;
}

describe('GET /api/cases/mine/count against the task lists', () => {
	let mine: string;
	beforeAll(async () => {
		await dispatched('东街 3 号 张记面馆 店主'); // the shop's owner: not the patrol's task
		mine = await dispatched('test-patrol');
		const done = await dispatched('保洁一队');
		expect((await as('grid', ['c02']).act(done, { action: 'handle' })).status).toBe(200);
		clock.set('2025-09-29T17:00:00');
	});

	it('a patrol counts only the case dispatched to it, as its phone list shows', async () => {
		const patrol = as('patrol', PATROL);
		const count = (await patrol.get('/api/cases/mine/count')).body;
		const list = (await patrol.get(taskQuery({ role: 'patrol', username: 'test-patrol' })!)).body;
		expect(list.cases.map((c: Json) => c.id)).toEqual([mine]);
		expect(count).toMatchObject({ open: 1, overdue: 1 });
		// The badge's link opens the same list on /cases.
		expect(taskLink('test-patrol', 'patrol')).toBe(
			'/cases?status=dispatched,processing&assignee=test-patrol'
		);
	});

	it.each([
		['grid', ['c02']],
		['inspector', []],
		['planner', []]
	] as [Role, string[]][])(
		'%s: the badge counts what the linked list shows',
		async (role, zones) => {
			const user = as(role, zones);
			const count = (await user.get('/api/cases/mine/count')).body;
			const link = taskLink(`test-${role}`, role).replace('/cases?', '/api/cases?');
			const list = (await user.get(`${link}&limit=1000`)).body;
			expect(list.total).toBeGreaterThan(0);
			expect(count.open).toBe(list.total);
			expect(count.overdue).toBe(list.cases.filter((c: Json) => c.overdue).length);
		}
	);

	it('roles without case tasks count none', async () => {
		expect((await as('leader').get('/api/cases/mine/count')).body).toEqual({
			open: 0,
			overdue: 0,
			dueSoon: 0
		});
	});
});
