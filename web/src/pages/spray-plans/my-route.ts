import type { RouteClient, SavedPlanSummary } from '../../api/spray-plan-client';

/** How many of the latest plans are opened looking for the team's route. */
const PLANS_TO_OPEN = 10;

/** Latest first: by plan date, then by when it was saved. */
export function latestFirst(plans: readonly SavedPlanSummary[]): SavedPlanSummary[] {
	return [...plans].sort(
		(a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt)
	);
}

/**
 * The latest saved plan with a route for `team` (a sprayer's landing page), or null when none
 * of the latest plans has one.
 */
export async function findTeamPlan(
	client: Pick<RouteClient, 'list' | 'get'>,
	team: string,
	signal?: AbortSignal
): Promise<string | null> {
	const { plans } = await client.list(signal);
	for (const summary of latestFirst(plans).slice(0, PLANS_TO_OPEN)) {
		const plan = await client.get(summary.id, signal);
		if (plan.routes.some((r) => r.teamId === team)) return plan.id;
	}
	return null;
}

/** The teams of the latest few plans, for the admin's team choice. */
export async function recentPlanTeams(
	client: Pick<RouteClient, 'list' | 'get'>,
	signal?: AbortSignal,
	plans = 5
): Promise<string[]> {
	const { plans: all } = await client.list(signal);
	const latest = latestFirst(all).slice(0, plans);
	const opened = await Promise.all(latest.map((p) => client.get(p.id, signal)));
	return [...new Set(opened.flatMap((p) => p.routes.map((r) => r.teamId)))];
}
