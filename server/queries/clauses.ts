/** SQL fragments every builder shares: the stored H3 columns and the inclusive date window. */
import { H3_RESOLUTIONS } from '$geo/h3-cells';
import type { SqlParams } from '../db/database';

/** The stored H3 column of a resolution; an allow-list, never caller text (style.md §7). */
export function h3Column(res: number): string {
	if (!(H3_RESOLUTIONS as readonly number[]).includes(res)) {
		throw new Error(`H3 resolution ${res} is not stored`);
	}
	return `h3_r${res}`;
}

/** `column` falls on day `$from` or later. */
export const onOrAfterFrom = (column: string) => `${column} >= CAST($from AS DATE)`;

/** `column` falls on day `$to` or earlier: before the next midnight, so timestamps of that day count. */
export const onOrBeforeTo = (column: string) => `${column} < CAST($to AS DATE) + INTERVAL 1 DAY`;

/** `column` within the inclusive days `$from`..`$to`. */
export const withinFromTo = (column: string) =>
	`${onOrAfterFrom(column)} AND ${onOrBeforeTo(column)}`;

/**
 * The inclusive date window on `column`: pushes a predicate and binds `$from` / `$to` for
 * each end that is given; an open end adds nothing.
 */
export function addDateWindow(
	where: string[],
	params: SqlParams,
	column: string,
	window: { from?: string; to?: string }
): void {
	if (window.from) {
		params.from = window.from;
		where.push(onOrAfterFrom(column));
	}
	if (window.to) {
		params.to = window.to;
		where.push(onOrBeforeTo(column));
	}
}

/**
 * An open case (domain.md §5): not closed, rejected or merged. Hot spots, priorities, road
 * ranking and spray targets that mean open use it, so a rejected or merged report is not
 * counted as work still to do.
 */
export const isOpenCase = (status = 'status') =>
	`${status} NOT IN ('closed', 'rejected', 'merged')`;
