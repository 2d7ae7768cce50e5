/**
 * 督办 (issue 14): who is "the assignee's superior". A user's own 上级 (set by the admin) when it
 * names an active user; otherwise the planners (环卫办) whose zones cover the case — a planner
 * with no zones covers the whole town — and when no planner covers it, every active planner.
 * Pure: the service loads the staff and the case's areas (its grid, community and parents).
 */
export interface StaffMember {
	username: string;
	role: string;
	/** Zone ids the user works in; empty means the whole town. */
	zones: readonly string[];
	superior: string | null;
	disabled: boolean;
}

/** The usernames told above the assignee, sorted; empty only when no active planner exists. */
export function superiorsOf(
	assignee: string | null,
	caseAreas: readonly string[],
	staff: readonly StaffMember[]
): string[] {
	const active = new Map(staff.filter((u) => !u.disabled).map((u) => [u.username, u]));
	const own = assignee ? active.get(assignee)?.superior : null;
	if (own && active.has(own)) return [own];
	const planners = [...active.values()].filter((u) => u.role === 'planner');
	const covering = planners.filter(
		(u) => u.zones.length === 0 || u.zones.some((z) => caseAreas.includes(z))
	);
	return (covering.length ? covering : planners).map((u) => u.username).sort();
}

/** Who gets a notice about a case: the assignee (an active user) and the superiors, once each. */
export function noticeRecipients(
	assignee: string | null,
	caseAreas: readonly string[],
	staff: readonly StaffMember[],
	exclude: string | null
): { username: string; as: 'assignee' | 'superior' }[] {
	const out: { username: string; as: 'assignee' | 'superior' }[] = [];
	const activeAssignee = staff.some((u) => u.username === assignee && !u.disabled);
	if (assignee && activeAssignee && assignee !== exclude)
		out.push({ username: assignee, as: 'assignee' });
	for (const s of superiorsOf(assignee, caseAreas, staff)) {
		if (s !== exclude && s !== assignee) out.push({ username: s, as: 'superior' });
	}
	return out;
}
