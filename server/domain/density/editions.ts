/**
 * Standard editions by survey date (issue 17). A period is cut where an edition of the pest
 * starts or ends; each piece (a "segment") is graded by the thresholds valid on its dates.
 * Nothing here knows a date: they all come from the edition catalogue.
 */
import type { EditionChange } from '../../contract/density';
import type { Pest } from '../../contract/records';
import type { ControlThreshold } from '../catalogues/control-thresholds';
import type { StandardEdition } from '../catalogues/standard-editions';

const dayAfter = (iso: string) => {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + 1);
	return d.toISOString().slice(0, 10);
};
const dayBefore = (iso: string) => {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
};

export const inForce = (e: StandardEdition, day: string) =>
	(e.validFrom === null || e.validFrom <= day) && (e.validTo === null || e.validTo >= day);

/**
 * Days inside (from, to] on which the editions of `pest` change: each is the first day of a
 * segment. Sorted, without duplicates; the SQL groups records by how many of them they reach.
 */
export function editionCuts(
	editions: readonly StandardEdition[],
	pest: string,
	from: string,
	to: string
): string[] {
	const days = new Set<string>();
	for (const e of editions.filter((x) => x.pest === pest)) {
		if (e.validFrom !== null) days.add(e.validFrom);
		if (e.validTo !== null) days.add(dayAfter(e.validTo));
	}
	return [...days].filter((d) => d > from && d <= to).sort();
}

export interface Segment {
	from: string;
	to: string;
	/** The pest's edition in force, or null when no edition record covers these dates. */
	standard: string | null;
}

/** The segments of from..to for `pest` (one when no edition changes inside). */
export function editionSegments(
	editions: readonly StandardEdition[],
	pest: string,
	from: string,
	to: string
): Segment[] {
	const cuts = editionCuts(editions, pest, from, to);
	const starts = [from, ...cuts];
	return starts.map((start, i) => ({
		from: start,
		to: i + 1 < starts.length ? dayBefore(starts[i + 1]) : to,
		standard: editions.find((e) => e.pest === pest && inForce(e, start))?.standard ?? null
	}));
}

/** The segment of `day` (an index into `editionSegments`). */
export function segmentOf(segments: readonly Segment[], day: string): number {
	let i = 0;
	while (i + 1 < segments.length && segments[i + 1].from <= day) i++;
	return i;
}

/**
 * The active threshold rows of `method` that grade surveys of `day`: rows of the edition in
 * force, plus rows of standards without an edition record (local rules, valid every day).
 */
export function thresholdsOn(
	thresholds: readonly ControlThreshold[],
	editions: readonly StandardEdition[],
	method: string,
	day: string
): ControlThreshold[] {
	const byStandard = new Map(editions.map((e) => [e.standard, e]));
	return thresholds.filter((t) => {
		if (t.method !== method || !t.active) return false;
		const e = byStandard.get(t.standard);
		return !e || inForce(e, day);
	});
}

/** True when an edition in force for `pest` on `day` has no active limits at all. */
export function limitsMissingOn(
	thresholds: readonly ControlThreshold[],
	editions: readonly StandardEdition[],
	pest: Pest | string,
	day: string
): string | null {
	const e = editions.find((x) => x.pest === pest && inForce(x, day));
	if (!e) return null;
	return thresholds.some((t) => t.standard === e.standard && t.active) ? null : e.standard;
}

/** Edition changes of `pest` inside from..to, in date order. */
export function editionChanges(
	editions: readonly StandardEdition[],
	pest: string,
	from: string,
	to: string
): EditionChange[] {
	const segments = editionSegments(editions, pest, from, to);
	const out: EditionChange[] = [];
	for (let i = 1; i < segments.length; i++) {
		const before = segments[i - 1].standard;
		const after = segments[i].standard;
		if (before && after && before !== after) {
			out.push({ pest, from: before, to: after, date: segments[i].from });
		}
	}
	return out;
}
