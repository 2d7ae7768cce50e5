/**
 * The in-app notice inbox of 督办 (issue 14): each signed-in user's notices about overdue and
 * escalated cases, newest first. Zod-free, so the web may import it; the request bodies are in
 * notification-requests.ts. A notice carries its facts, not a sentence: the UI words it in the
 * reader's language.
 */

/** `overdue`: the overdue watch found the case past its deadline (超期自动督办). `escalated`: a planner's 督办. */
export const NOTIFICATION_KINDS = ['overdue', 'escalated'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** What a notice says about its case, as stored when it was written. */
export interface NotificationData {
	/** Whether the reader is the case's assignee or told as the assignee's superior (上级). */
	as: 'assignee' | 'superior';
	category: string;
	zone: string | null;
	assignee: string | null;
	deadline: string | null;
	/** Who escalated (a username), or null for the overdue watch. */
	by: string | null;
	note: string | null;
}

export interface NotificationRecord {
	id: number;
	kind: NotificationKind;
	caseId: string | null;
	data: NotificationData;
	/** Local time, Asia/Shanghai (`2025-09-28T11:05:00`). */
	createdAt: string;
	readAt: string | null;
}

/** `GET /api/notifications`: mine, newest first (at most NOTIFICATION_PAGE), and how many are unread. */
export interface NotificationList {
	notifications: NotificationRecord[];
	unread: number;
}

/** Notices one inbox answer lists. */
export const NOTIFICATION_PAGE = 50;

/** `GET /api/overview/supervision`: the 督办 card of the leader view. */
export interface SupervisionCase {
	id: string;
	category: string;
	status: string;
	zone: string | null;
	zoneName: string | null;
	assignee: string | null;
	/** The superiors told (the user's 上级, else the zone's planners). */
	superiors: string[];
	deadline: string | null;
	overdue: boolean;
	/** Working time past the deadline in working days of 8 hours, one decimal; 0 when not overdue. */
	overdueWorkingDays: number;
	escalations: number;
}

export interface SupervisionZone {
	zone: string | null;
	zoneName: string | null;
	overdue: number;
}

export interface SupervisionResponse {
	now: string;
	/** Open cases overdue or escalated, most working days overdue first. */
	cases: SupervisionCase[];
	/** Open overdue cases per zone, most first. */
	zones: SupervisionZone[];
}
