import { describe, expect, it } from 'vitest';
import type { SavedPlan, SavedPlanSummary } from '../../../../web/src/api/spray-plan-client';
import { findTeamPlan, recentPlanTeams } from '../../../../web/src/pages/spray-plans/my-route';

const summary = (id: string, date: string, createdAt: string) =>
	({ id, date, createdAt }) as SavedPlanSummary;
const plan = (id: string, teams: string[]) =>
	({ id, routes: teams.map((teamId) => ({ teamId })) }) as unknown as SavedPlan;

function client(plans: SavedPlan[], summaries: SavedPlanSummary[]) {
	const opened: string[] = [];
	return {
		opened,
		list: async () => ({ plans: summaries }),
		get: async (id: string) => {
			opened.push(id);
			return plans.find((p) => p.id === id)!;
		}
	};
}

describe('a sprayer’s route', () => {
	const summaries = [
		summary('old', '2025-06-01', '2025-06-01T08:00'),
		summary('new-b', '2025-06-03', '2025-06-02T09:00'),
		summary('new-a', '2025-06-03', '2025-06-02T10:00')
	];
	const plans = [
		plan('old', ['消杀一队']),
		plan('new-a', ['消杀二队']),
		plan('new-b', ['消杀一队'])
	];

	it('is the latest plan that has the team, by date then saving time', async () => {
		const c = client(plans, summaries);
		expect(await findTeamPlan(c, '消杀一队')).toBe('new-b');
		expect(c.opened).toEqual(['new-a', 'new-b']);
	});

	it('is null when no plan has the team', async () => {
		expect(await findTeamPlan(client(plans, summaries), '消杀三队')).toBeNull();
		expect(await findTeamPlan(client([], []), '消杀一队')).toBeNull();
	});

	it('gives the admin the teams of recent plans', async () => {
		expect(await recentPlanTeams(client(plans, summaries))).toEqual(['消杀二队', '消杀一队']);
	});
});
