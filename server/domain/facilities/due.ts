/**
 * When a facility is next to be inspected and a standing target next to be sprayed (issue 17
 * item 5). Days are `YYYY-MM-DD` local dates; arithmetic is on UTC midnights, so the machine's
 * time zone never moves a day.
 */
import type { FacilityCondition, FacilityInspectionView } from '../../contract/facilities';

const MS_PER_DAY = 86_400_000;

/** `day` + `days` calendar days (`2024-02-28` + 1 = `2024-02-29`). */
export function addDays(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * A facility's next inspection day: its last inspection's day, else the day it was installed,
 * plus the kind's cadence; null with neither (then it is due at once).
 */
export function facilityNextDue(
	lastInspectedOn: string | null,
	installedOn: string | null,
	everyDays: number
): string | null {
	const from = lastInspectedOn ?? installedOn;
	return from ? addDays(from, everyDays) : null;
}

/**
 * Due on `on` when the next day has come (next ≤ on), overdue when it has passed (next < on).
 * Never inspected nor installed on a known day: due and overdue.
 */
export function dueState(nextDueOn: string | null, on: string): { due: boolean; overdue: boolean } {
	if (nextDueOn === null) return { due: true, overdue: true };
	return { due: nextDueOn <= on, overdue: nextDueOn < on };
}

/** A standing target is due when last treated + every N days ≤ on; never treated: due. */
export function standingTargetDue(
	lastTreatedOn: string | null,
	everyDays: number,
	on: string
): { nextDueOn: string | null; due: boolean } {
	if (lastTreatedOn === null) return { nextDueOn: null, due: true };
	const nextDueOn = addDays(lastTreatedOn, everyDays);
	return { nextDueOn, due: nextDueOn <= on };
}

/** What the last inspection found: missing or not working is broken, before bait taken. */
export function facilityCondition(
	last: Pick<FacilityInspectionView, 'present' | 'working' | 'baitTaken'> | null
): FacilityCondition {
	if (!last) return 'unchecked';
	if (!last.present || !last.working) return 'broken';
	return last.baitTaken ? 'bait_taken' : 'working';
}

/** Share of inspected facilities whose last inspection found them working (bait taken or not). */
export function shareWorking(conditions: readonly FacilityCondition[]): {
	inspected: number;
	working: number;
	share: number | null;
} {
	const inspected = conditions.filter((c) => c !== 'unchecked').length;
	const working = conditions.filter((c) => c === 'working' || c === 'bait_taken').length;
	return { inspected, working, share: inspected ? working / inspected : null };
}
