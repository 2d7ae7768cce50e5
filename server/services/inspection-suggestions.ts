/**
 * `GET /api/inspections/suggestions?lng=&lat=` (issue 16 item 2): the sections near the phone
 * worth inspecting next (domain/assessment/suggestions.ts orders them), the nearest section
 * (for "walk": the one the inspector stands on) and the key areas for the area form. Only
 * the NEAREST_CANDIDATES sections nearest the phone are weighed: an inspector on foot is
 * sent along, not across town.
 */
import type { LineString } from 'geojson';
import type { KeyAreaChoice, SectionSuggestion, SuggestionsView } from '../contract/inspections';
import { SUGGESTION_CASE_RADIUS_M, SUGGESTION_DEDUCTION_DAYS } from '../contract/inspections';
import type { Transaction } from '../db/database';
import { sectionLine, sectionSpans } from '../domain/assessment/sections';
import {
	rankSuggestions,
	suggestionReasons,
	type SuggestionFacts
} from '../domain/assessment/suggestions';
import {
	KEY_AREAS_SQL,
	LAST_SECTION_INSPECTIONS_SQL,
	OPEN_CASES_IN_BOX_SQL,
	RECENT_DEDUCTIONS_SQL,
	SEGMENTS_NEAR_SQL
} from '../queries/inspections';
import { metresToLine } from './inspections';

type Reader = Pick<Transaction, 'query'>;

/** Sections weighed per request, nearest first. */
export const NEAREST_CANDIDATES = 60;
/** Search boxes around the phone, in degrees (~2 km, ~10 km, everywhere). */
const SEARCH_DEGREES = [0.02, 0.1, 360];
/** Degrees of latitude in 50 m, padded (for the open-case prefilter box). */
const CASE_PAD_DEG = (SUGGESTION_CASE_RADIUS_M / 111_000) * 1.5;

const daysBetween = (from: string, to: string) =>
	Math.floor((Date.parse(`${to}Z`) - Date.parse(`${from}Z`)) / 86_400_000);

export async function inspectionSuggestions(
	db: Reader,
	q: { lng: number; lat: number; limit: number },
	nowLocal: string
): Promise<SuggestionsView> {
	type Seg = {
		id: string;
		name: string;
		lengthM: number;
		geometry: string;
		groupId: string | null;
		groupName: string | null;
		everyDays: number | null;
	};
	let segments: Seg[] = [];
	for (const d of SEARCH_DEGREES) {
		segments = await db.query<Seg>(SEGMENTS_NEAR_SQL, { lng: q.lng, lat: q.lat, d });
		if (segments.length >= 3) break;
	}
	const candidates = segments
		.flatMap((s) => {
			const geometry = JSON.parse(s.geometry) as LineString;
			return sectionSpans(s.id, s.lengthM).map((span) => {
				const line = sectionLine(geometry, span);
				return { seg: s, span, line, distanceM: metresToLine(q.lng, q.lat, line) };
			});
		})
		.sort((a, b) => a.distanceM - b.distanceM)
		.slice(0, NEAREST_CANDIDATES);
	const segmentIds = JSON.stringify([...new Set(candidates.map((c) => c.seg.id))]);
	const last = new Map(
		(
			await db.query<{ section: string; score: number; at: string }>(LAST_SECTION_INSPECTIONS_SQL, {
				segments: segmentIds
			})
		).map((r) => [r.section, r])
	);
	const since = new Date(Date.parse(`${nowLocal}Z`) - SUGGESTION_DEDUCTION_DAYS * 86_400_000)
		.toISOString()
		.slice(0, 19);
	const deductions = new Map(
		(
			await db.query<{ section: string; n: number }>(RECENT_DEDUCTIONS_SQL, {
				segments: segmentIds,
				since
			})
		).map((r) => [r.section, r.n])
	);
	const box = candidates.reduce(
		(b, c) => {
			for (const [x, y] of c.line.coordinates) {
				b.minx = Math.min(b.minx, x);
				b.maxx = Math.max(b.maxx, x);
				b.miny = Math.min(b.miny, y);
				b.maxy = Math.max(b.maxy, y);
			}
			return b;
		},
		{ minx: Infinity, miny: Infinity, maxx: -Infinity, maxy: -Infinity }
	);
	const cases = candidates.length
		? await db.query<{ lng: number; lat: number }>(OPEN_CASES_IN_BOX_SQL, {
				minx: box.minx - CASE_PAD_DEG,
				maxx: box.maxx + CASE_PAD_DEG,
				miny: box.miny - CASE_PAD_DEG,
				maxy: box.maxy + CASE_PAD_DEG
			})
		: [];
	const facts: (SuggestionFacts & { view: Omit<SectionSuggestion, 'reasons'> })[] = candidates.map(
		(c) => {
			const l = last.get(c.span.id);
			const xs = c.line.coordinates.map((p) => p[0]);
			const ys = c.line.coordinates.map((p) => p[1]);
			const near = cases.filter(
				(k) =>
					k.lng >= Math.min(...xs) - CASE_PAD_DEG &&
					k.lng <= Math.max(...xs) + CASE_PAD_DEG &&
					k.lat >= Math.min(...ys) - CASE_PAD_DEG &&
					k.lat <= Math.max(...ys) + CASE_PAD_DEG &&
					metresToLine(k.lng, k.lat, c.line) <= SUGGESTION_CASE_RADIUS_M
			).length;
			const daysSince = l ? Math.max(0, daysBetween(l.at, nowLocal)) : null;
			const recentDeductions = deductions.get(c.span.id) ?? 0;
			const distanceM = Math.round(c.distanceM);
			return {
				daysSince,
				everyDays: c.seg.groupId ? c.seg.everyDays : null,
				recentDeductions,
				openCases: near,
				distanceM,
				view: {
					section: c.span.id,
					segmentId: c.seg.id,
					index: c.span.index,
					roadName: c.seg.name,
					groupId: c.seg.groupId,
					groupName: c.seg.groupName,
					fromM: Math.round(c.span.fromM),
					toM: Math.round(c.span.toM),
					line: c.line as SectionSuggestion['line'],
					distanceM,
					lastScore: l?.score ?? null,
					lastAt: l?.at ?? null,
					daysSince,
					recentDeductions,
					openCases: near
				}
			};
		}
	);
	const toView = (f: (typeof facts)[number]): SectionSuggestion => ({
		...f.view,
		reasons: suggestionReasons(f)
	});
	const nearest = facts.length ? toView(facts[0]) : null;
	return {
		sections: rankSuggestions(facts).slice(0, q.limit).map(toView),
		nearest,
		areas: await db.query<KeyAreaChoice & Record<string, unknown>>(KEY_AREAS_SQL)
	};
}
