/**
 * Sampled road sections (domain.md §6: 300 m). A segment is cut every SECTION_LENGTH_M from
 * its first vertex; a remainder shorter than half a section joins the section before it, so
 * no inspector is sent to score a 40 m stub. A segment shorter than a section is one section.
 */
import { length, lineSliceAlong } from '@turf/turf';
import type { LineString } from 'geojson';
import { SECTION_LENGTH_M } from '../../contract/assessment';

export interface SectionSpan {
	/** `segmentId#index`, index from 0 at the segment's first vertex. */
	id: string;
	segmentId: string;
	index: number;
	fromM: number;
	toM: number;
}

/** The sections of a segment `lengthM` long. */
export function sectionSpans(
	segmentId: string,
	lengthM: number,
	sectionM = SECTION_LENGTH_M
): SectionSpan[] {
	const whole = Math.max(1, Math.floor(lengthM / sectionM));
	const count = lengthM - whole * sectionM >= sectionM / 2 ? whole + 1 : whole;
	return Array.from({ length: count }, (_, index) => ({
		id: sectionId(segmentId, index),
		segmentId,
		index,
		fromM: index * sectionM,
		toM: index === count - 1 ? lengthM : (index + 1) * sectionM
	}));
}

export function sectionId(segmentId: string, index: number): string {
	return `${segmentId}#${index}`;
}

/** Parses `segmentId#index`; null when it is not one. */
export function parseSectionId(id: string): { segmentId: string; index: number } | null {
	const at = id.lastIndexOf('#');
	if (at <= 0) return null;
	const index = Number(id.slice(at + 1));
	return Number.isInteger(index) && index >= 0 ? { segmentId: id.slice(0, at), index } : null;
}

/** The section's own line, for the map and the form (metres along the segment's geometry). */
export function sectionLine(
	segment: LineString,
	span: Pick<SectionSpan, 'fromM' | 'toM'>
): LineString {
	const total = length({ type: 'Feature', properties: {}, geometry: segment }, { units: 'meters' });
	const to = Math.min(span.toM, total);
	const from = Math.min(span.fromM, to);
	return lineSliceAlong(segment, from, to, { units: 'meters' }).geometry;
}
