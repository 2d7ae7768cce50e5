/**
 * 迎检 (issue 16 item 4): for every key group now, the open cases on or within
 * READINESS_NEAR_M of its roads or inside its key area, the sections not inspected for N days,
 * each road's last score and deductions, and the key area's last score; and the simulated
 * district inspection, a seeded sample of sections with what an inspector would find today.
 */
import { booleanPointInPolygon, lineString, point, pointToLineDistance } from '@turf/turf';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import type { InspectionForm, InspectionLevel } from '../contract/assessment';
import {
	MAX_SAMPLE_SEED,
	READINESS_NEAR_M,
	RISKY_SCORE,
	type LastInspection,
	type ReadinessCase,
	type ReadinessGroup,
	type ReadinessResponse,
	type ReadinessState,
	type SampledSection,
	type SampleFlag,
	type SimulateResponse,
	type StaleSection
} from '../contract/assessment-readiness';
import type { SimulateQuery } from '../contract/assessment-readiness-requests';
import type { Database } from '../db/database';
import { drawDistrictSample } from '../domain/assessment/district-sample';
import { sectionLine, sectionSpans, type SectionSpan } from '../domain/assessment/sections';
import { isOverdue } from '../domain/calendar/deadline-clock';
import { formatLocalTime } from '../domain/routing/local-time';
import { NotFoundError } from '../errors';
import {
	DEDUCTIONS_OF_SQL,
	KEY_GROUPS_SQL,
	LAST_AREA_INSPECTIONS_SQL,
	LAST_SECTION_INSPECTIONS_SQL,
	MEMBER_SEGMENTS_SQL,
	OPEN_CASES_IN_BOX_SQL
} from '../queries/assessment-readiness';

type Lang = 'zh-CN' | 'en';
const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

/** Degrees added around the groups' box before the exact distance is measured (~110 m). */
const BOX_MARGIN_DEG = 0.001;
const DAY_MS = 86_400_000;

type GroupRow = {
	id: string;
	name: string;
	area_zone_id: string | null;
	inspect_every_days: number;
	area_name: string | null;
	area_geometry: string | null;
};
type SegmentRow = {
	id: string;
	name: string;
	road_id: string;
	key_group: string;
	length_m: number;
	geometry: string;
	minx: number;
	miny: number;
	maxx: number;
	maxy: number;
};
type CaseRow = {
	id: string;
	category: string;
	status: string;
	reported_at: string;
	deadline: string | null;
	lng: number;
	lat: number;
};
type InspectionRow = {
	id: string;
	form: InspectionForm;
	level: InspectionLevel;
	inspected_at: string;
	score: number;
};
type SectionInspectionRow = InspectionRow & {
	segment_id: string;
	road_id: string | null;
	section: string | null;
	from_m: number | null;
	to_m: number | null;
};

/** Whole days from local date `from` to local date `to` (both `YYYY-MM-DD…`). */
export function daysBetween(from: string, to: string): number {
	const day = (s: string) => Date.parse(`${s.slice(0, 10)}T00:00:00Z`);
	return Math.round((day(to) - day(from)) / DAY_MS);
}

/** Everything the readiness view and the simulation read, loaded once. */
type Snapshot = {
	now: string;
	groups: GroupRow[];
	segments: SegmentRow[];
	lines: Map<string, LineString>;
	cases: CaseRow[];
	/** Latest section inspection per section id. */
	sectionLast: Map<string, LastInspection>;
	areaLast: Map<string, LastInspection>;
};

function spansOf(segment: SegmentRow): SectionSpan[] {
	return sectionSpans(segment.id, segment.length_m);
}

async function loadSnapshot(db: Database, nowDate: Date): Promise<Snapshot> {
	const now = formatLocalTime(nowDate);
	const groups = await db.query<GroupRow>(KEY_GROUPS_SQL);
	const segments = await db.query<SegmentRow>(MEMBER_SEGMENTS_SQL);
	const lines = new Map(segments.map((s) => [s.id, JSON.parse(s.geometry) as LineString]));
	let box = segments.length
		? {
				west: Math.min(...segments.map((s) => s.minx)),
				south: Math.min(...segments.map((s) => s.miny)),
				east: Math.max(...segments.map((s) => s.maxx)),
				north: Math.max(...segments.map((s) => s.maxy))
			}
		: null;
	for (const g of groups) {
		if (!g.area_geometry) continue;
		const area = JSON.parse(g.area_geometry) as Polygon | MultiPolygon;
		const coords = (area.type === 'Polygon' ? [area.coordinates] : area.coordinates).flat(2);
		const xs = coords.map((c) => c[0]);
		const ys = coords.map((c) => c[1]);
		const b = {
			west: Math.min(...xs),
			south: Math.min(...ys),
			east: Math.max(...xs),
			north: Math.max(...ys)
		};
		box = box
			? {
					west: Math.min(box.west, b.west),
					south: Math.min(box.south, b.south),
					east: Math.max(box.east, b.east),
					north: Math.max(box.north, b.north)
				}
			: b;
	}
	const cases = box
		? await db.query<CaseRow>(OPEN_CASES_IN_BOX_SQL, {
				now,
				west: box.west - BOX_MARGIN_DEG,
				south: box.south - BOX_MARGIN_DEG,
				east: box.east + BOX_MARGIN_DEG,
				north: box.north + BOX_MARGIN_DEG
			})
		: [];

	const sectionRows = await db.query<SectionInspectionRow>(LAST_SECTION_INSPECTIONS_SQL, { now });
	const areaRows = await db.query<InspectionRow & { group_id: string }>(LAST_AREA_INSPECTIONS_SQL, {
		now
	});
	const ids = [...sectionRows, ...areaRows].map((r) => r.id);
	const deductions = new Map<string, LastInspection['deductions']>();
	if (ids.length) {
		const rows = await db.query<{
			inspection_id: string;
			item: string;
			points: number;
			count: number;
			name_zh: string;
			name_en: string;
		}>(DEDUCTIONS_OF_SQL, { ids: JSON.stringify(ids) });
		for (const r of rows) {
			const list = deductions.get(r.inspection_id) ?? [];
			list.push({
				item: r.item,
				nameZh: r.name_zh,
				nameEn: r.name_en,
				points: Number(r.points),
				count: Number(r.count)
			});
			deductions.set(r.inspection_id, list);
		}
	}
	const last = (r: InspectionRow): LastInspection => ({
		id: r.id,
		form: r.form,
		level: r.level,
		date: r.inspected_at.slice(0, 10),
		score: Number(r.score),
		deductions: deductions.get(r.id) ?? []
	});
	const bySegment = new Map(segments.map((s) => [s.id, s]));
	const sectionLast = new Map<string, LastInspection>();
	const sectionAt = new Map<string, string>();
	for (const r of sectionRows) {
		const segment = bySegment.get(r.segment_id);
		if (!segment) continue;
		const spans = spansOf(segment);
		let id = r.section && spans.some((s) => s.id === r.section) ? r.section : null;
		if (!id && r.from_m !== null) {
			const mid = (r.from_m + (r.to_m ?? r.from_m)) / 2;
			id = (spans.find((s) => mid >= s.fromM && mid < s.toM) ?? spans[spans.length - 1]).id;
		}
		if (!id) continue;
		const before = sectionAt.get(id);
		if (before && before >= r.inspected_at) continue;
		sectionAt.set(id, r.inspected_at);
		sectionLast.set(id, last(r));
	}
	const areaLast = new Map(areaRows.map((r) => [r.group_id, last(r)]));
	return { now, groups, segments, lines, cases, sectionLast, areaLast };
}

function caseView(
	c: CaseRow,
	now: string,
	distanceM: number,
	segmentId: string | null
): ReadinessCase {
	return {
		id: c.id,
		category: c.category,
		status: c.status,
		reportedAt: c.reported_at,
		ageDays: Math.max(0, Math.floor((Date.parse(now) - Date.parse(c.reported_at)) / DAY_MS)),
		overdue: c.deadline !== null && isOverdue(c.deadline, now),
		distanceM: Math.round(distanceM * 10) / 10,
		segmentId,
		lng: c.lng,
		lat: c.lat
	};
}

/** Open cases within READINESS_NEAR_M of any of `lines` (nearest first per case). */
function casesNear(
	snap: Snapshot,
	lines: { id: string | null; line: LineString }[],
	area: Polygon | MultiPolygon | null
): ReadinessCase[] {
	const found: ReadinessCase[] = [];
	const turfLines = lines.map((l) => ({ id: l.id, line: lineString(l.line.coordinates) }));
	for (const c of snap.cases) {
		const p = point([c.lng, c.lat]);
		let best: { id: string | null; d: number } | null = null;
		for (const l of turfLines) {
			const d = pointToLineDistance(p, l.line, { units: 'meters' });
			if (d <= READINESS_NEAR_M && (!best || d < best.d)) best = { id: l.id, d };
		}
		if (best) found.push(caseView(c, snap.now, best.d, best.id));
		else if (area && booleanPointInPolygon(p, area)) found.push(caseView(c, snap.now, 0, null));
	}
	return found.sort((a, b) => b.ageDays - a.ageDays || a.id.localeCompare(b.id));
}

function staleness(snap: Snapshot, span: SectionSpan) {
	const last = snap.sectionLast.get(span.id) ?? null;
	return { last, days: last ? daysBetween(last.date, snap.now) : null };
}

/** `GET /api/assessment/readiness`: every key group as it would look to an inspector now. */
export async function computeReadiness(
	db: Database,
	nowDate: Date,
	days: number | undefined
): Promise<ReadinessResponse> {
	const snap = await loadSnapshot(db, nowDate);
	const groups: ReadinessGroup[] = [];
	for (const g of snap.groups) {
		const n = days ?? g.inspect_every_days;
		const members = snap.segments.filter((s) => s.key_group === g.name);
		const area = g.area_geometry ? (JSON.parse(g.area_geometry) as Polygon | MultiPolygon) : null;
		const cases = casesNear(
			snap,
			members.map((s) => ({ id: s.id, line: snap.lines.get(s.id)! })),
			area
		);
		const stale: StaleSection[] = [];
		let sectionCount = 0;
		const roads = new Map<string, ReadinessGroup['roads'][number]>();
		const staleSegments = new Set<string>();
		for (const s of members) {
			const road = roads.get(s.road_id) ?? {
				roadId: s.road_id,
				name: s.name,
				lengthM: 0,
				sections: 0,
				staleSections: 0,
				openCases: 0,
				last: null
			};
			road.lengthM += s.length_m;
			for (const span of spansOf(s)) {
				sectionCount++;
				road.sections++;
				const { last, days: since } = staleness(snap, span);
				if (last && (!road.last || last.date > road.last.date)) road.last = last;
				if (since === null || since > n) {
					road.staleSections++;
					staleSegments.add(s.id);
					stale.push({
						id: span.id,
						segmentId: s.id,
						roadId: s.road_id,
						roadName: s.name,
						fromM: Math.round(span.fromM),
						toM: Math.round(span.toM),
						lastDate: last?.date ?? null,
						days: since
					});
				}
			}
			road.openCases += cases.filter((c) => c.segmentId === s.id).length;
			roads.set(s.road_id, road);
		}
		const withCases = new Set(cases.map((c) => c.segmentId));
		const state = (id: string): ReadinessState =>
			withCases.has(id) ? 'cases' : staleSegments.has(id) ? 'stale' : 'ready';
		groups.push({
			id: g.id,
			name: g.name,
			days: n,
			areaZoneId: g.area_zone_id,
			areaName: g.area_name,
			cases,
			staleSections: stale.sort(
				(a, b) => (b.days ?? Infinity) - (a.days ?? Infinity) || a.id.localeCompare(b.id)
			),
			sectionCount,
			roads: [...roads.values()]
				.map((r) => ({ ...r, lengthM: Math.round(r.lengthM) }))
				.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.roadId.localeCompare(b.roadId)),
			areaLast: snap.areaLast.get(g.id) ?? null,
			segments: {
				type: 'FeatureCollection',
				features: members.map((s) => ({
					type: 'Feature',
					geometry: snap.lines.get(
						s.id
					)! as ReadinessGroup['segments']['features'][number]['geometry'],
					properties: { id: s.id, roadId: s.road_id, name: s.name, state: state(s.id) }
				}))
			},
			area: area as ReadinessGroup['area']
		});
	}
	return { now: snap.now, groups };
}

/** What the sampled section would look like to the district's inspector today. */
export function sampleFlag(
	cases: number,
	days: number | null,
	everyDays: number,
	last: LastInspection | null
): SampleFlag {
	if (cases > 0) return 'problem';
	if (days === null || days > everyDays) return 'risk';
	if (last && (last.score < RISKY_SCORE || last.deductions.length > 0)) return 'risk';
	return 'ok';
}

/** `GET /api/assessment/readiness/simulate`: the district's sample, drawn from `seed`. */
export async function simulateInspection(
	db: Database,
	nowDate: Date,
	query: SimulateQuery,
	lang: Lang,
	randomSeed: () => number = () => Math.floor(Math.random() * MAX_SAMPLE_SEED)
): Promise<SimulateResponse> {
	const snap = await loadSnapshot(db, nowDate);
	const group = query.group ? snap.groups.find((g) => g.id === query.group) : snap.groups[0];
	if (!group) {
		throw new NotFoundError(
			query.group
				? say(lang, `没有编号为 ${query.group} 的重点路段组`, `no key group ${query.group}`)
				: say(lang, '还没有重点路段组', 'there is no key group yet')
		);
	}
	const seed = query.seed ?? randomSeed();
	const n = query.days ?? group.inspect_every_days;
	const members = snap.segments.filter((s) => s.key_group === group.name);
	const byRoad = new Map<string, { segment: SegmentRow; span: SectionSpan }[]>();
	for (const s of members) {
		const list = byRoad.get(s.road_id) ?? [];
		for (const span of spansOf(s)) list.push({ segment: s, span });
		byRoad.set(s.road_id, list);
	}
	const drawn = drawDistrictSample(
		[...byRoad].map(([roadId, sections]) => ({ roadId, sections })),
		seed,
		query.sections
	);
	const sections: SampledSection[] = drawn.map(({ section: { segment, span } }) => {
		const line = sectionLine(snap.lines.get(segment.id)!, span);
		const cases = casesNear(snap, [{ id: segment.id, line }], null);
		const { last, days } = staleness(snap, span);
		return {
			id: span.id,
			segmentId: segment.id,
			roadId: segment.road_id,
			roadName: segment.name,
			fromM: Math.round(span.fromM),
			toM: Math.round(span.toM),
			line: line as SampledSection['line'],
			cases,
			days,
			last,
			flag: sampleFlag(cases.length, days, n, last)
		};
	});
	return {
		now: snap.now,
		seed,
		groupId: group.id,
		groupName: group.name,
		requested: query.sections,
		roads: byRoad.size,
		sections
	};
}
