/**
 * The demo town's cases as the loop would have worked them (issue 14 item 12): each blind
 * spot's report becomes a timeline of actions by the demo users, in working hours on the
 * holiday calendar. Most close within their limit (the blind spot's own handling time), some
 * are sent back once (返工), a few are rejected or merged into an earlier report, a few old
 * ones stay open past their deadline and are escalated (督办), and the recent backlog stands
 * at every open status. Pure: the same rows, seed and calendar give the same plans.
 */
import type { CaseAction, CaseStatus } from '../contract/case-states';
import type { CaseSource } from '../contract/case-sources';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { addWorkingMinutes, workingMinutesBetween } from '../domain/calendar/working-time';
import type { Rng } from '../domain/random/seeded-random';
import { AS_OF_MIN } from './blind-spot-status';
import { ACTOR_OF, DEMO_ASSIGNEES, DEMO_NOTES, REPORTER_OF } from './case-crew';
import { isoDateTime } from './calendar';

/** Shares of the older cases that end otherwise than closed straight through. */
export const DEMO_REJECT_P = 0.03;
/** Share of reports that are merged when an earlier one of their category is still open. */
export const DEMO_MERGE_P = 0.1;
export const DEMO_STUCK_P = 0.015;
export const DEMO_REWORK_P = 0.08;
/**
 * The recent backlog, newest first, stands at these statuses (so the demo shows every open
 * one); older backlog waits for verification, or is stuck and escalated after STUCK_DAYS.
 */
const BACKLOG_STAGES: readonly CaseStatus[] = [
	'reported',
	'accepted',
	'dispatched',
	'dispatched',
	'processing',
	'processing',
	'processing'
];
const STUCK_WORKING_HOURS = 8 * 8;

/** A stored blind spot as the planner reads it (times local, `YYYY-MM-DDTHH:MM:SS`). */
export type DemoCaseRow = {
	id: string;
	category: string;
	status: CaseStatus;
	source: CaseSource;
	zone: string | null;
	reportedAt: string;
	closedAt: string | null;
	deadlineHours: number;
};

export interface DemoHistoryRow {
	at: string;
	by: string;
	role: string | null;
	action: CaseAction | 'report';
	from: CaseStatus | null;
	to: CaseStatus;
	note: string | null;
}

export interface DemoCasePlan {
	id: string;
	status: CaseStatus;
	dueAt: string;
	closedAt: string | null;
	reporter: string;
	assignee: string | null;
	unit: string | null;
	handledBy: string | null;
	handledAt: string | null;
	verifiedBy: string | null;
	reworkCount: number;
	escalations: number;
	mergedInto: string | null;
	history: DemoHistoryRow[];
}

const minuteOf = (local: string) => Math.round(Date.parse(`${local.slice(0, 19)}Z`) / 60_000);

/** The steps of each ending, as actions in order (the report comes first in every plan). */
const STEPS: Record<string, CaseAction[]> = {
	closed: ['accept', 'dispatch', 'start', 'handle', 'verify_pass'],
	reworked: [
		'accept',
		'dispatch',
		'start',
		'handle',
		'verify_fail',
		'start',
		'handle',
		'verify_pass'
	],
	rejected: ['reject'],
	merged: ['merge'],
	stuck: ['accept', 'dispatch', 'start', 'escalate'],
	reported: [],
	accepted: ['accept'],
	dispatched: ['accept', 'dispatch'],
	processing: ['accept', 'dispatch', 'start'],
	handled: ['accept', 'dispatch', 'start', 'handle']
};

const TO: Record<CaseAction, CaseStatus | null> = {
	accept: 'accepted',
	reject: 'rejected',
	merge: 'merged',
	dispatch: 'dispatched',
	start: 'processing',
	handle: 'handled',
	verify_pass: 'closed',
	verify_fail: 'dispatched',
	escalate: null,
	refer: 'referred',
	record_outcome: 'closed'
};

export function planDemoCases(
	rows: readonly DemoCaseRow[],
	rng: Rng,
	calendar: WorkingCalendar
): DemoCasePlan[] {
	const lastOpen = new Map<string, Earlier>();
	const backlog = rows
		.filter((r) => r.status !== 'closed' || r.closedAt === null)
		.sort((a, b) => b.reportedAt.localeCompare(a.reportedAt) || a.id.localeCompare(b.id))
		.map((r) => r.id);
	const sorted = [...rows].sort(
		(a, b) => a.reportedAt.localeCompare(b.reportedAt) || a.id.localeCompare(b.id)
	);
	return sorted.map((row) => {
		const reported = minuteOf(row.reportedAt);
		const due = addWorkingMinutes(reported, row.deadlineHours * 60, calendar);
		const key = row.category;
		const rank = backlog.indexOf(row.id);
		const ending = endingOf(row, reported, due, rng, calendar, lastOpen.get(key), rank);
		const plan = timeline(row, reported, due, ending, rng, calendar);
		if (ending.kind !== 'merged' && ending.kind !== 'rejected') {
			const until = plan.closedAt ? minuteOf(plan.closedAt) : Infinity;
			lastOpen.set(key, { id: row.id, until });
		}
		return plan;
	});
}

/** The last case of a category, and until when it stays open to be merged into. */
interface Earlier {
	id: string;
	until: number;
}

interface Ending {
	kind: keyof typeof STEPS;
	/** The last step's minute: closure, rejection, merge; the cut-off for an open case. */
	end: number;
	mergedInto?: string;
}

function endingOf(
	row: DemoCaseRow,
	reported: number,
	due: number,
	rng: Rng,
	calendar: WorkingCalendar,
	earlier: Earlier | undefined,
	backlogRank: number
): Ending {
	const triage = () => addWorkingMinutes(reported, rng.int(20, 240), calendar);
	const roll = rng.next();
	if (row.status !== 'closed' || row.closedAt === null) {
		const waited = workingMinutesBetween(reported, AS_OF_MIN, calendar) / 60;
		const stage = BACKLOG_STAGES[backlogRank] ?? 'handled';
		return { kind: waited > STUCK_WORKING_HOURS ? 'stuck' : stage, end: AS_OF_MIN };
	}
	// The blind spot's handling time in working minutes, counted again on the holiday calendar.
	const span = Math.max(20, workingMinutesBetween(reported, minuteOf(row.closedAt)));
	const closed = addWorkingMinutes(reported, span, calendar);
	const triageAt = triage();
	if (roll < DEMO_REJECT_P) return { kind: 'rejected', end: triageAt };
	if (roll < DEMO_REJECT_P + DEMO_MERGE_P && earlier && earlier.until > triageAt)
		return { kind: 'merged', end: triageAt, mergedInto: earlier.id };
	if (
		roll >= DEMO_REJECT_P + DEMO_MERGE_P &&
		roll < DEMO_REJECT_P + DEMO_MERGE_P + DEMO_STUCK_P &&
		due < AS_OF_MIN - 5 * 1440
	)
		return { kind: 'stuck', end: AS_OF_MIN };
	if (closed > AS_OF_MIN) return { kind: 'processing', end: AS_OF_MIN };
	const reworked = roll > 1 - DEMO_REWORK_P;
	return { kind: reworked ? 'reworked' : 'closed', end: closed };
}

function timeline(
	row: DemoCaseRow,
	reported: number,
	due: number,
	ending: Ending,
	rng: Rng,
	calendar: WorkingCalendar
): DemoCasePlan {
	const reporter = REPORTER_OF[row.source];
	const history: DemoHistoryRow[] = [
		{
			at: row.reportedAt,
			by: reporter.username,
			role: reporter.role,
			action: 'report',
			from: null,
			to: 'reported',
			note: null
		}
	];
	const steps = STEPS[ending.kind];
	const open = ending.end === AS_OF_MIN;
	const span = workingMinutesBetween(reported, ending.end, calendar);
	const crew = rng.pick(DEMO_ASSIGNEES);
	let status = 'reported' as CaseStatus;
	let handledAt: string | null = null;
	let last = reported;
	steps.forEach((action, i) => {
		// Final steps land on the ending; an open case's steps spread over the first 90 %.
		const share = open ? ((i + 1) / (steps.length + 1)) * 0.9 : (i + 1) / steps.length;
		const jitter = open || i === steps.length - 1 ? 0 : rng.range(-0.3, 0.3) / steps.length;
		const at = Math.max(
			last,
			addWorkingMinutes(reported, Math.round(span * (share + jitter)), calendar)
		);
		last = at;
		const to = action === 'escalate' ? status : TO[action]!;
		const actor = ACTOR_OF[action];
		const note = noteOf(action, rng);
		history.push({
			at: isoDateTime(at),
			by: actor.username,
			role: actor.role,
			action,
			from: status,
			to,
			note
		});
		if (action === 'handle') handledAt = isoDateTime(at);
		status = to;
	});
	const dispatched = steps.includes('dispatch');
	const final = status === 'closed' || status === 'rejected' || status === 'merged';
	return {
		id: row.id,
		status,
		dueAt: isoDateTime(due),
		closedAt: final ? isoDateTime(ending.end) : null,
		reporter: reporter.username,
		assignee: dispatched ? crew.name : null,
		unit: dispatched ? crew.unit : null,
		handledBy: handledAt ? ACTOR_OF.handle.username : null,
		handledAt,
		verifiedBy: status === 'closed' ? ACTOR_OF.verify_pass.username : null,
		reworkCount: steps.filter((s) => s === 'verify_fail').length,
		escalations: steps.filter((s) => s === 'escalate').length,
		mergedInto: ending.mergedInto ?? null,
		history
	};
}

function noteOf(action: CaseAction, rng: Rng): string | null {
	if (action === 'reject') return rng.pick(DEMO_NOTES.reject);
	if (
		action === 'dispatch' ||
		action === 'handle' ||
		action === 'verify_fail' ||
		action === 'escalate'
	)
		return DEMO_NOTES[action];
	return null;
}
