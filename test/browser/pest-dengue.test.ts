import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DengueWeekResponse } from '../../server/contract/dengue';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { clickNavPage } from './helpers/nav';

/**
 * The dengue-season week (issue 17 part 3) on the demo town: the 除四害 entry opens it on the
 * latest week with BI/MOI data, the table shows each community's band as the API computes it,
 * and the targets button opens the route planner with those targets ticked.
 */
let session: DashboardSession;
beforeAll(async () => {
	session = await openDashboard('/', 'planner');
}, 180_000);
afterAll(() => session?.close());

describe('/pest/dengue', () => {
	it('shows this week’s bands, the high-BI streets and hands their targets to the planner', async () => {
		const { page } = session;
		const api = await session.api<DengueWeekResponse>('/api/dengue/weeks');
		await clickNavPage(page, 'pest_dengue');
		await page.getByTestId('dengue-communities').waitFor();
		expect(await page.getByTestId('pest-tabs').locator('[aria-current="page"]').textContent()).toBe(
			'登革热防控'
		);
		expect(await page.getByTestId('dengue-range').textContent()).toContain(api.week);
		const bands = await page
			.getByTestId('dengue-communities')
			.locator('tbody tr')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-band')));
		expect(bands).toEqual(api.communities.map((c) => c.week.band ?? 'none'));
		// The demo's outbreak street is listed, and a village that skipped the week is named.
		expect(api.roads.length).toBeGreaterThan(0);
		expect(await page.getByTestId('dengue-roads').textContent()).toContain(api.roads[0].name);
		const missed = api.communities.filter((c) => c.missed).map((c) => c.name);
		expect(missed.length).toBeGreaterThan(0);
		expect(await page.getByTestId('dengue-missed').textContent()).toContain(missed[0]);

		await page.getByTestId('dengue-plan').click();
		await page.waitForURL(/\/routes\?source=dengue&week=/);
		expect(await page.locator('input[data-source="dengue"]').isChecked()).toBe(true);
		await expect
			.poll(() => page.locator('input[data-stop]').count(), { timeout: 30_000 })
			.toBe(api.targets.length);
		const ticked = await page
			.locator('input[data-stop]')
			.evaluateAll((els) => els.filter((e) => (e as HTMLInputElement).checked).length);
		expect(ticked).toBe(api.targets.length);
	}, 90_000);
});
