import { expect } from 'vitest';
import type { TestApp } from '../../helpers/signed-in-app';
import { createRequester, DEPOT, MINI_TOWN_STOPS } from '../api/spray-plan-request';

/** Plans the mini town's four stops for team-1 and team-2, saves it, returns id and stops by team. */
export async function saveTwoTeamPlan(app: TestApp) {
	const { post } = createRequester(() => app);
	const planned = await post('/api/routes/plan', {
		// Two stops a team at most: both teams get a route.
		stops: MINI_TOWN_STOPS,
		teams: [
			{ id: 'team-1', start: DEPOT, maxStops: 2 },
			{ id: 'team-2', start: DEPOT, maxStops: 2 }
		],
		distance: 'straight'
	});
	expect(planned.status).toBe(200);
	const saved = await post('/api/routes', {
		name: '两队',
		date: '2024-06-03',
		pest: 'mosquito',
		routes: planned.body.routes,
		unassigned: planned.body.unassigned ?? []
	});
	expect(saved.status).toBe(201);
	const stopOf = (team: string) =>
		saved.body.routes.find((r: { teamId: string }) => r.teamId === team)?.stops[0]?.id as string;
	return { id: saved.body.id as string, stopOf };
}
