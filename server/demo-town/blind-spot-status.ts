/**
 * Deadline and workflow state of a blind-spot case at the data cut-off (AS_OF).
 * - dueAt = reportedAt + the category's deadline in working hours (calendar/working-time.ts).
 * - Handling takes deadline × lognormal(median HANDLING_MEDIAN, σ HANDLING_SIGMA) working
 *   time, × VILLAGE_SLOWNESS in villages; about one case in eight closes after its due time.
 * - Cases reported in the last BACKLOG_DAYS may still be open (chance falls with age), as
 *   may a rare older stuck case; an open case is 'reported' in its first working hours,
 *   then 'dispatched', then 'processing'.
 */
import type { BlindSpotStatus } from '../contract/records';
import { dayOf, isoDateTime } from './calendar';
import type { Rng } from '../domain/random/seeded-random';
import { addWorkingMinutes, workingMinutesBetween } from '../domain/calendar/working-time';

export const AS_OF_MIN = dayOf(2025, 12, 31) * 1440 + 17 * 60;
const HANDLING_MEDIAN = 0.5;
const HANDLING_SIGMA = 0.55;
const VILLAGE_SLOWNESS = 1.3;
const BACKLOG_DAYS = 30;
const BACKLOG_OPEN_P = 1;
/** Chance that an older case of a hard category is still open at the cut-off. */
const STUCK_P = 0.02;
const STUCK_CATEGORIES = new Set(['accumulated_waste', 'clutter']);
const REPORTED_FOR_MIN = 4 * 60;
const DISPATCHED_FOR_MIN = 24 * 60;

export interface CaseState {
	status: BlindSpotStatus;
	dueAt: string;
	closedAt: string | null;
}

export function settleCase(
	reported: number,
	category: string,
	deadlineHours: number,
	village: boolean,
	rng: Rng
): CaseState {
	const due = addWorkingMinutes(reported, deadlineHours * 60);
	const handling =
		deadlineHours *
		60 *
		HANDLING_MEDIAN *
		Math.exp(HANDLING_SIGMA * rng.normal()) *
		(village ? VILLAGE_SLOWNESS : 1);
	const closed = addWorkingMinutes(reported, Math.max(20, handling));
	const ageDays = (AS_OF_MIN - reported) / 1440;
	const backlog =
		ageDays < BACKLOG_DAYS && rng.chance(BACKLOG_OPEN_P * (1 - ageDays / BACKLOG_DAYS));
	const stuck = ageDays >= BACKLOG_DAYS && STUCK_CATEGORIES.has(category) && rng.chance(STUCK_P);
	if (!backlog && !stuck && closed <= AS_OF_MIN)
		return { status: 'closed', dueAt: isoDateTime(due), closedAt: isoDateTime(closed) };
	const waited = workingMinutesBetween(reported, AS_OF_MIN);
	const status: BlindSpotStatus =
		waited < REPORTED_FOR_MIN
			? 'reported'
			: waited < DISPATCHED_FOR_MIN
				? 'dispatched'
				: 'processing';
	return { status, dueAt: isoDateTime(due), closedAt: null };
}
