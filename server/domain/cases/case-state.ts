/**
 * What the workflow reads and writes of a case, who acts, and what an action asks for. The
 * service loads these from the case tables and stores what applyAction returns, in one
 * audited write.
 */
import type { Role } from '../../contract/accounts';
import type { CaseAction, CaseStatus } from '../../contract/case-states';
import type { WorkingCalendar } from '../calendar/working-calendar';

export interface CaseState {
	id: string;
	status: CaseStatus;
	/** Zone ids the case lies in: its community or village, its grid and their parents. */
	areas: readonly string[];
	/** The person or team it is dispatched to, and their unit. */
	assignee: string | null;
	unit: string | null;
	/** Who reported it handled last, and when; the verifier must be someone else. */
	handledBy: string | null;
	handledAt: string | null;
	closedAt: string | null;
	/** Local time; set at report from the category's limit, renewed on rework. */
	deadline: string | null;
	/** 返工: times verification sent it back. */
	reworkCount: number;
	/** 督办: times it was escalated. */
	escalations: number;
	mergedInto: string | null;
}

/** The signed-in user, as services/actor.ts has it. */
export interface CaseActor {
	username: string;
	role: Role;
	/** Zone ids bounding an area-bound role; empty is the whole town. */
	zones: readonly string[];
}

/** The body of `POST /api/cases/{id}/actions`, after zod. */
export type ActionRequest = { note?: string } & (
	| { action: 'accept' | 'start' | 'handle' | 'verify_pass' | 'escalate' | 'refer' }
	/** The 城管执法大队's answer to a referral (REFERRAL_OUTCOMES); blank is refused. */
	| { action: 'record_outcome'; outcome: string }
	| { action: 'reject'; reason: string }
	/** The duplicate it joins, as loaded by the service. */
	| { action: 'merge'; into: { id: string; status: CaseStatus } }
	| { action: 'dispatch'; assignee: string; unit?: string | null }
	/** `deadline`: the inspector's new deadline; else the category's limit from now. */
	| { action: 'verify_fail'; deadline?: string }
);

export interface ActionContext {
	/** When the action is taken, local time. */
	at: string;
	calendar: WorkingCalendar;
	/** The case category's limit in working hours, for a rework deadline. */
	limitHours: number;
}

/** One history row (design.md §3: `history: [{at, by, action, from, to, note}]`). */
export interface CaseHistoryEntry {
	at: string;
	by: string;
	action: CaseAction;
	from: CaseStatus;
	to: CaseStatus;
	note: string | null;
}

/** conflict → 409, forbidden → 403, invalid → 400. */
export interface CaseRefusal {
	ok: false;
	code: 'conflict' | 'forbidden' | 'invalid';
	message_zh: string;
	message_en: string;
	/** Actions the current status allows, whoever takes them. */
	allowed: CaseAction[];
}

export type ActionResult = { ok: true; case: CaseState; entry: CaseHistoryEntry } | CaseRefusal;
