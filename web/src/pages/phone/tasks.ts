/**
 * "My tasks" on the phone page: which cases a role works, their order (deadline, then
 * distance from the phone), the deadline badge and the actions offered on each card.
 */
import type { Role } from '../../../../server/contract/accounts';
import type { CaseView } from '../../../../server/contract/cases';
import { taskFilter, taskParams } from '../../../../server/contract/case-tasks';

export type TaskAction = 'handle' | 'verify_pass' | 'verify_fail';

/**
 * The list query of a role's tasks: the header badge's rule (contract/case-tasks.ts), so the
 * badge and this list agree. The phone lists field work only: the office has no phone tasks.
 */
export function taskQuery(me: { role: Role; username: string }): string | null {
	if (!['grid', 'patrol', 'inspector'].includes(me.role)) return null;
	const filter = taskFilter(me);
	return filter ? `/api/cases?sort=deadline&limit=200&${taskParams(filter)}` : null;
}

export function actionsFor(role: Role, c: Pick<CaseView, 'status'>): TaskAction[] {
	if ((role === 'grid' || role === 'patrol') && ['dispatched', 'processing'].includes(c.status))
		return ['handle'];
	if (role === 'inspector' && c.status === 'handled') return ['verify_pass', 'verify_fail'];
	return [];
}

/** Metres between two WGS-84 points (haversine). */
export function distanceM(a: { lng: number; lat: number }, b: { lng: number; lat: number }) {
	const r = Math.PI / 180;
	const dLat = (b.lat - a.lat) * r;
	const dLng = (b.lng - a.lng) * r;
	const h =
		Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(dLng / 2) ** 2;
	return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}

export type Task = CaseView & { distance: number | null };

/** Earliest deadline first (none last), then nearest; distance null without a position. */
export function sortTasks(
	cases: readonly CaseView[],
	here: { lng: number; lat: number } | null
): Task[] {
	return cases
		.map((c) => ({ ...c, distance: here ? distanceM(here, c) : null }))
		.sort(
			(a, b) =>
				(a.deadline ?? '\uffff').localeCompare(b.deadline ?? '\uffff') ||
				(a.distance ?? Infinity) - (b.distance ?? Infinity)
		);
}

export type DeadlineBadge = 'overdue' | 'dueSoon' | null;

export const deadlineBadge = (c: Pick<CaseView, 'overdue' | 'due_soon'>): DeadlineBadge =>
	c.overdue ? 'overdue' : c.due_soon ? 'dueSoon' : null;

/** "350 m" or "1.2 km". */
export const formatDistance = (m: number) =>
	m < 1000 ? `${Math.round(m / 10) * 10} m` : `${(m / 1000).toFixed(1)} km`;

/** Local wall time in Shanghai, as the server reads `reported_at` (YYYY-MM-DDTHH:mm:ss). */
export function shanghaiNow(at: Date = new Date()): string {
	return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 19);
}
