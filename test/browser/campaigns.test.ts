import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedPlan } from '../../server/contract/spray-plan-results';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { saveTeamPlan } from './helpers/team-plan';

/**
 * Campaigns as plans (issue 17 part 6): a stop the team marks done counts on the campaign page
 * at once, with no step of its own; a phase ending before it starts is refused in Chinese.
 */
let session: DashboardSession;
beforeAll(async () => {
	session = await openDashboard('/', 'planner');
}, 180_000);
afterAll(() => session?.close());

const shanghaiDay = (offsetDays: number) =>
	new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

describe('a campaign page', () => {
	it('counts a stop done on the team route, and refuses a backwards phase', async () => {
		const { page, server } = session;
		const api = { get: session.api, post: session.post };
		const teamPath = await saveTeamPlan(api, 'team-1', '冬季灭蝇灭蟑周路线');
		const planId = decodeURIComponent(teamPath.split('/')[2]);
		const plan = await session.api<SavedPlan>(`/api/routes/${encodeURIComponent(planId)}`);
		const stopId = plan.routes[0].stops[0].id;
		const made = await session.post<{ id: string }>('/api/campaigns', {
			name: '冬季灭蝇灭蟑周',
			from: shanghaiDay(-10),
			to: shanghaiDay(10),
			pests: ['fly', 'cockroach']
		});
		const added = await session.post<{ added: number }>(`/api/campaigns/${made.id}/targets`, {
			source: 'blindspots_open',
			team: 'team-1'
		});
		expect(added.added).toBeGreaterThan(3);

		await page.goto(`${server.url}/pest/campaigns/${made.id}`);
		const overall = page.getByTestId('campaign-overall');
		await expect.poll(() => overall.textContent()).toContain(`0 / ${added.added}`);

		// The team's visit, as the team page sends it: nothing else is needed for the campaign.
		await session.post(
			`/api/routes/${encodeURIComponent(planId)}/stops/${encodeURIComponent(stopId)}/visit`,
			{ status: 'done', chemical: '顺式氯氰菊酯', amount: 0.5, unit: 'L' }
		);
		await page.reload();
		await expect.poll(() => overall.textContent()).toContain(`1 / ${added.added}`);
		await expect
			.poll(() => page.getByTestId('by-team').locator('tbody tr').first().textContent())
			.toContain(`1 / ${added.added}`);

		await page.locator('#p-name').fill('统一消杀');
		await page.locator('#p-from').fill(shanghaiDay(2));
		await page.locator('#p-to').fill(shanghaiDay(0));
		await page.getByRole('button', { name: '添加阶段' }).click();
		await expect
			.poll(() => page.getByTestId('campaign-error').textContent())
			.toBe('结束日期不能早于开始日期。');
	}, 90_000);
});
