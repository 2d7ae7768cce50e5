/** Shared read-only helpers for the demo-town tests. */
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Dataset, SurveyRecord } from '../../../server/contract/records';

/** The community or village containing a point, or null. */
export function communityLocator(d: Dataset): (lng: number, lat: number) => string | null {
	const zones = d.zones.filter((z) => z.kind === 'community' || z.kind === 'village');
	return (lng, lat) =>
		zones.find((z) => booleanPointInPolygon(point([lng, lat]), z.geometry))?.id ?? null;
}

/** sum(count) / sum(effort), NaN without effort. */
export function pooledIndex(records: readonly SurveyRecord[]): number {
	const effort = records.reduce((s, r) => s + r.effort, 0);
	return effort === 0 ? NaN : records.reduce((s, r) => s + r.count, 0) / effort;
}

export const monthOf = (iso: string) => Number(iso.slice(5, 7));
export const yearOf = (iso: string) => Number(iso.slice(0, 4));
