import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KeyGroupList } from '../../server/contract/key-groups';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { andWaitReady } from './helpers/map-page';

/**
 * Key groups as data (issue 16 item 1): the admin renames the demo town's 十路一区 on
 * /admin/key-groups, and the map's legend and the road ranking's tab carry the new name with
 * no code change.
 */
let session: DashboardSession;
beforeAll(async () => {
	session = await openDashboard('/?layers=zones,roads,keyRoads', 'admin');
}, 180_000);
afterAll(() => session?.close());

describe('key groups in the browser', () => {
	it('renames the group on the admin page; the map highlights and ranks it by its new name', async () => {
		const { page, server } = session;
		await page.goto(`${server.url}/admin/key-groups`);
		const row = page.locator('tr[data-group="十路一区"]');
		await row.getByRole('button', { name: '编辑' }).click();
		await page.getByTestId('key-group-name').fill('城区主干道');
		await page.getByTestId('key-group-save').click();
		await page.locator('tr[data-group="城区主干道"]').waitFor();
		const list = await session.api<KeyGroupList>('/api/key-groups');
		// The demo's second group, 村街主干道, is untouched.
		expect(list.groups.map((g) => g.name)).toEqual(['城区主干道', '村街主干道']);

		await page.goto(`${server.url}/?layers=zones,roads,keyRoads&hotspots=1`);
		await expect
			.poll(() => page.getByTestId('legend-key-group').allTextContents(), { timeout: 30_000 })
			.toEqual(['城区主干道', '村街主干道']);
		await andWaitReady(page, () => page.getByTestId('road-table-toggle').click());
		const tab = page.locator('button[data-tab="group"]');
		await expect
			.poll(() => tab.allTextContents(), { timeout: 30_000 })
			.toEqual(['城区主干道', '村街主干道']);
		expect(await tab.first().getAttribute('aria-selected')).toBe('true');
		const rows = page.getByTestId('road-table').locator('tbody tr');
		await rows.first().waitFor();
		const groups = await rows.evaluateAll((els) =>
			els.map((e) => e.getAttribute('data-key-group'))
		);
		expect(groups.length).toBeGreaterThan(5);
		expect(new Set(groups)).toEqual(new Set(['城区主干道']));
	}, 90_000);
});
