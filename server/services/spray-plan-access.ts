import type { SavedPlan } from '../contract/spray-plan-results';
import type { Database } from '../db/database';
import { ForbiddenError } from '../errors';
import { STOP_TEAM_SQL, TEAM_PLAN_IDS_SQL } from '../queries/spray-plan-access';
import type { Actor } from './actor';
import { listPlans, readPlan } from './spray-plan-store';

/**
 * The `bound: 'team'` routes (contract/permissions.ts): a sprayer reaches only the plans with a
 * route of their team, sees only that route in them, and marks only its stops
 * (docs/decisions.md). Other roles allowed by the table see every plan.
 */
export function teamBound(actor: Actor): { team: string } | null {
	return actor.role === 'sprayer' ? { team: actor.team ?? '' } : null;
}

const NOT_YOUR_TEAM = '这不是您所在消杀队的路线 (this is not your team’s route).';

export async function listPlansFor(db: Database, actor: Actor, date: string | undefined) {
	const plans = await listPlans(db, date);
	const bound = teamBound(actor);
	if (!bound) return plans;
	const ids = new Set(
		(await db.query<{ id: string }>(TEAM_PLAN_IDS_SQL, { team: bound.team })).map((r) => r.id)
	);
	return plans.filter((p) => ids.has((p as { id?: unknown }).id as string));
}

/** A plan as the actor may see it: a sprayer's team's route only, 403 without one. */
export async function readPlanFor(db: Database, actor: Actor, id: string): Promise<SavedPlan> {
	const plan = await readPlan(db, id);
	const bound = teamBound(actor);
	if (!bound) return plan;
	const routes = plan.routes.filter((r) => r.teamId === bound.team);
	if (!routes.length) throw new ForbiddenError(NOT_YOUR_TEAM);
	return { ...plan, routes };
}

/** 403 unless a sprayer's team holds the stop (a missing stop stays the visit's 404). */
export async function assertStopReachable(
	db: Database,
	actor: Actor,
	id: string,
	stopId: string
): Promise<void> {
	const bound = teamBound(actor);
	if (!bound) return;
	const [stop] = await db.query<{ team: string }>(STOP_TEAM_SQL, { id, stopId });
	if (stop && stop.team !== bound.team) throw new ForbiddenError(NOT_YOUR_TEAM);
}
