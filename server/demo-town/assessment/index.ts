/**
 * The demo town's 环卫考核 (issue 16 item 7), planned from the loaded town and its registry:
 * the 村街主干道 group, two years of inspections with their deductions, default reward rules
 * and a settled ledger for every finished month. Pure and deterministic for a seed;
 * ingest/demo-assessment.ts writes it. The story: story.ts; the decisions: docs/decisions.md
 * "Demo town assessment (issue 16, lane E)".
 */
import { along, feature, length } from '@turf/turf';
import type { LineString } from 'geojson';
import { createZoneLocator } from '$geo/zone-locator';
import type {
	InspectionForm,
	InspectionLevel,
	RecordedDeduction,
	RewardRule
} from '../../contract/assessment';
import type { Dataset, RoadSegmentRecord } from '../../contract/records';
import {
	applyRewardRules,
	type LedgerLine,
	type MonthScore
} from '../../domain/assessment/rewards';
import { inspectionScore, type SectionMarks } from '../../domain/assessment/score';
import { sectionSpans, type SectionSpan } from '../../domain/assessment/sections';
import { DEDUCTION_ITEMS } from '../../domain/catalogues/deduction-items';
import type { Rng } from '../../domain/random/seeded-random';
import { AS_OF_MIN } from '../blind-spot-status';
import { dayOf, isoDate, isoDateTime, partsOf } from '../calendar';
import type { DemoResponsibility } from '../frontage/responsibilities';
import { demoPhone, personName } from '../frontage/names';
import { compareText, KEY_GROUP } from '../records';
import {
	CONTRACTOR_CHANGE,
	FALLING_VILLAGE,
	FIRST_INSPECTION_DAY,
	KEY_ROAD_CONTRACT,
	STEADY_LEVEL,
	VILLAGE_GROUP
} from './story';

export * from './story';

type Town = Pick<Dataset, 'zones' | 'roads'>;

/** Main roads per village: the longest non-key roads inside it, at most this many. */
const VILLAGE_ROADS_PER_VILLAGE = 2;
/** Roads the district samples each quarter, one section each. */
const DISTRICT_SAMPLE_ROADS = 5;
/** The district marks a little harder than the town's own inspectors. */
const DISTRICT_HARSHER = 2;
/** Spread of one inspection around its road's level. */
const INSPECTION_NOISE = 2;
/** Share of the points below 100 a section loses to deductions, the rest to its marks. */
const DEDUCTION_SHARE = 0.3;
const INSPECTOR = 'demo-inspector';
const SETTLED_BY = 'demo-planner';
const RULES_CREATED_AT = '2024-01-02T09:00:00';
const AS_OF_DAY = Math.floor(AS_OF_MIN / 1440);

/** The default rules of rewards and penalties (奖惩规则) the demo town starts with. */
export const DEMO_REWARD_RULES: readonly RewardRule[] = [
	rule(
		'rr-demo-unit-low',
		'保洁单位月均分低于 80 分，罚款 500 元',
		'Cleaning unit below 80: fine 500 yuan',
		'cleaning_unit',
		'<',
		80,
		'penalty',
		500,
		'yuan'
	),
	rule(
		'rr-demo-unit-high',
		'保洁单位月均分 95 分及以上，奖励 300 元',
		'Cleaning unit 95 or above: reward 300 yuan',
		'cleaning_unit',
		'>=',
		95,
		'reward',
		300,
		'yuan'
	),
	rule(
		'rr-demo-community-low',
		'村居月均分低于 80 分，考核扣 2 分',
		'Community below 80: minus 2 points',
		'community',
		'<',
		80,
		'penalty',
		2,
		'points'
	),
	rule(
		'rr-demo-community-high',
		'村居月均分 92 分及以上，考核加 1 分',
		'Community 92 or above: plus 1 point',
		'community',
		'>=',
		92,
		'reward',
		1,
		'points'
	)
];
export const DEMO_RULES_CREATED_AT = RULES_CREATED_AT;

function rule(
	id: string,
	nameZh: string,
	nameEn: string,
	target: RewardRule['target'],
	comparison: RewardRule['comparison'],
	threshold: number,
	kind: RewardRule['kind'],
	amount: number,
	unit: RewardRule['unit']
): RewardRule {
	return { id, nameZh, nameEn, target, comparison, threshold, kind, amount, unit, active: true };
}

// ---------------------------------------------------------------------------------------------
// 村街主干道

export interface VillageRoad {
	villageId: string;
	villageName: string;
	roadId: string;
	roadName: string;
	segmentIds: string[];
}

const lengthOf = (r: RoadSegmentRecord) => length(feature(r.geometry), { units: 'meters' });
const midpointOf = (line: LineString, atM: number) =>
	along(line, atM, { units: 'meters' }).geometry.coordinates as [number, number];

/**
 * Each village's main roads (村街主干道): of the segments whose midpoint lies in the village,
 * not already in 十路一区 and not lanes (grade 4), the roads with the most length there; a road
 * taken by an earlier village (by id) is left to it.
 */
export function pickVillageMainRoads(town: Town): VillageRoad[] {
	const villages = town.zones
		.filter((z) => z.kind === 'village')
		.sort((a, b) => compareText(a.id, b.id));
	const locate = createZoneLocator(villages);
	const byVillage = new Map<string, RoadSegmentRecord[]>();
	for (const r of [...town.roads].sort((a, b) => compareText(a.id, b.id))) {
		if (r.keyGroup || r.grade > 3) continue;
		const [lng, lat] = midpointOf(r.geometry, lengthOf(r) / 2);
		const v = locate.locate(lng, lat);
		if (v) byVillage.set(v, [...(byVillage.get(v) ?? []), r]);
	}
	const taken = new Set<string>();
	const out: VillageRoad[] = [];
	for (const v of villages) {
		const roads = new Map<string, { name: string; m: number; ids: string[] }>();
		for (const r of byVillage.get(v.id) ?? []) {
			const e = roads.get(r.roadId) ?? { name: r.name, m: 0, ids: [] };
			e.m += lengthOf(r);
			e.ids.push(r.id);
			roads.set(r.roadId, e);
		}
		const ranked = [...roads]
			.filter(([roadId]) => !taken.has(roadId))
			.sort((a, b) => b[1].m - a[1].m || compareText(a[0], b[0]))
			.slice(0, VILLAGE_ROADS_PER_VILLAGE);
		for (const [roadId, e] of ranked) {
			taken.add(roadId);
			out.push({
				villageId: v.id,
				villageName: v.name,
				roadId,
				roadName: e.name,
				segmentIds: e.ids
			});
		}
	}
	return out;
}

/** The village cleaning teams' contracts for their main roads, one registry row per segment. */
export function villageRoadRegistry(roads: readonly VillageRoad[], rng: Rng): DemoResponsibility[] {
	return roads.flatMap((v) => {
		const person = personName(rng);
		const phone = demoPhone(rng);
		return v.segmentIds.map((id): DemoResponsibility => ({
			targetKind: 'segment',
			targetId: id,
			person,
			username: null,
			phone,
			unit: villageTeam(v.villageName),
			pledgeType: 'cleaning_contract',
			...KEY_ROAD_CONTRACT,
			targetOnTimePct: 95,
			targetScore: 85,
			validTo: null
		}));
	});
}

export const villageTeam = (villageName: string) => `${villageName}保洁队`;

// ---------------------------------------------------------------------------------------------
// Inspections

export interface DemoInspection {
	id: string;
	form: InspectionForm;
	level: InspectionLevel;
	groupId: string | null;
	groupName: string | null;
	segmentId: string | null;
	roadId: string | null;
	roadName: string | null;
	fromM: number | null;
	toM: number | null;
	section: string | null;
	zoneId: string | null;
	communityId: string | null;
	cleaningUnit: string | null;
	inspector: string;
	inspectedAt: string;
	marks: SectionMarks | null;
	base: number;
	deducted: number;
	score: number;
	note: string | null;
	lng: number;
	lat: number;
	deductions: RecordedDeduction[];
}

export interface DemoDeduction extends RecordedDeduction {
	inspectionId: string;
	seq: number;
}

/** A registry row as the planner needs it (read back from the responsibilities table). */
export type RegistryRow = {
	targetKind: string;
	targetId: string;
	unit: string;
	validFrom: string;
	validTo: string | null;
};

export type GroupRef = {
	id: string;
	name: string;
	areaZoneId: string | null;
};

export interface DemoLedgerRow extends LedgerLine {
	id: string;
	month: string;
	settledBy: string;
	settledAt: string;
}

export interface DemoAssessment {
	inspections: DemoInspection[];
	deductions: DemoDeduction[];
	rules: readonly RewardRule[];
	ledger: DemoLedgerRow[];
}

interface Section {
	span: SectionSpan;
	segment: RoadSegmentRecord;
	lng: number;
	lat: number;
	gridId: string | null;
	communityId: string | null;
}

/** What one inspection is about, before it is marked. */
interface Subject {
	form: InspectionForm;
	group: GroupRef;
	section: Section | null;
	area: { zoneId: string; lng: number; lat: number; communityId: string | null } | null;
}

export function planDemoAssessment(input: {
	town: Town;
	villageRoads: readonly VillageRoad[];
	registry: readonly RegistryRow[];
	groups: readonly GroupRef[];
	rng: Rng;
}): DemoAssessment {
	const { town, villageRoads, rng } = input;
	const communities = town.zones.filter((z) => z.kind === 'community' || z.kind === 'village');
	const locateCommunity = createZoneLocator(communities);
	const locateGrid = createZoneLocator(town.zones.filter((z) => z.kind === 'grid'));
	const communityNames = new Map(communities.map((z) => [z.id, z.name]));
	const segments = new Map(town.roads.map((r) => [r.id, r]));
	const sectionsOf = (ids: readonly string[]): Section[] =>
		ids.flatMap((id) => {
			const segment = segments.get(id)!;
			return sectionSpans(id, lengthOf(segment)).map((span) => {
				const [lng, lat] = midpointOf(segment.geometry, (span.fromM + span.toM) / 2);
				return {
					span,
					segment,
					lng: round6(lng),
					lat: round6(lat),
					gridId: locateGrid.locate(lng, lat),
					communityId: locateCommunity.locate(lng, lat)
				};
			});
		});
	const group = (name: string) => input.groups.find((g) => g.name === name)!;
	const keyGroup = group(KEY_GROUP);
	const villageGroup = group(VILLAGE_GROUP);
	const holder = registryResolver(input.registry);

	const planned: {
		at: number;
		subject: Subject;
		level: number;
		inspectionLevel: InspectionLevel;
		note: string | null;
	}[] = [];
	const steady = (label: string) => rng.fork(`level:${label}`).range(...STEADY_LEVEL);

	// 十路一区: a section of every road every week, town level; the district samples quarterly.
	const keyRoads = new Map<string, RoadSegmentRecord[]>();
	for (const r of town.roads
		.filter((r) => r.keyGroup === KEY_GROUP)
		.sort((a, b) => compareText(a.id, b.id)))
		keyRoads.set(r.roadId, [...(keyRoads.get(r.roadId) ?? []), r]);
	const keyRoadList = [...keyRoads.entries()].sort((a, b) => compareText(a[0], b[0]));
	const keyRoadLevel = new Map<string, (day: number) => number>();
	for (const [roadId, segs] of keyRoadList) {
		const name = segs[0].name;
		const base = steady(roadId);
		keyRoadLevel.set(
			roadId,
			name === CONTRACTOR_CHANGE.roadName ? (day) => contractorLevel(day) : () => base
		);
	}
	const keySections = new Map(
		keyRoadList.map(([roadId, segs]) => [roadId, sectionsOf(segs.map((s) => s.id))])
	);
	const weeks = rng.fork('weeks');
	for (let week = FIRST_INSPECTION_DAY; week <= AS_OF_DAY; week += 7) {
		for (const [roadId] of keyRoadList) {
			const at = (week + weeks.int(0, 4)) * 1440 + weeks.int(9 * 60, 16 * 60);
			const section = weeks.pick(keySections.get(roadId)!);
			if (at > AS_OF_MIN) continue;
			planned.push({
				at,
				subject: { form: 'section', group: keyGroup, section, area: null },
				level: keyRoadLevel.get(roadId)!(Math.floor(at / 1440)),
				inspectionLevel: 'town',
				note: null
			});
		}
	}
	const district = rng.fork('district');
	for (const month of months()) {
		const { year, month: m } = partsOf(month);
		if (m % 3 !== 0) continue;
		const day = weekdayIn(district, year, m, 8, 24);
		const drawn = district.shuffle(keyRoadList).slice(0, DISTRICT_SAMPLE_ROADS);
		for (const [roadId] of drawn.sort((a, b) => compareText(a[0], b[0]))) {
			const at = day * 1440 + district.int(9 * 60, 11 * 60 + 30);
			planned.push({
				at,
				subject: {
					form: 'section',
					group: keyGroup,
					section: district.pick(keySections.get(roadId)!),
					area: null
				},
				level: keyRoadLevel.get(roadId)!(day) - DISTRICT_HARSHER,
				inspectionLevel: 'district',
				note: '区环卫考核抽查'
			});
		}
	}

	// The key area: monthly, on the area form.
	const areaZone = keyGroup.areaZoneId
		? town.zones.find((z) => z.id === keyGroup.areaZoneId)
		: undefined;
	if (areaZone) {
		const areaRng = rng.fork('key-area');
		const centre = areaCentre(areaZone.geometry);
		const areaLevel = steady('key-area');
		for (const month of months()) {
			const { year, month: m } = partsOf(month);
			const day = weekdayIn(areaRng, year, m, 3, 26);
			planned.push({
				at: day * 1440 + areaRng.int(14 * 60, 16 * 60),
				subject: {
					form: 'area',
					group: keyGroup,
					section: null,
					area: {
						zoneId: areaZone.id,
						lng: centre[0],
						lat: centre[1],
						communityId: locateCommunity.locate(centre[0], centre[1])
					}
				},
				level: areaLevel,
				inspectionLevel: 'town',
				note: null
			});
		}
	}

	// 村街主干道: a section of every village main road every month (村街环卫考核).
	const villageRng = rng.fork('villages');
	for (const v of villageRoads) {
		const all = sectionsOf(v.segmentIds);
		const inside = all.filter((s) => s.communityId === v.villageId);
		const pool = inside.length ? inside : all;
		const base = steady(`${v.villageId}:${v.roadId}`);
		const level = (day: number) =>
			v.villageName === FALLING_VILLAGE.name ? fallingLevel(day) : base;
		for (const month of months()) {
			const { year, month: m } = partsOf(month);
			const day = weekdayIn(villageRng, year, m, 2, 27);
			planned.push({
				at: day * 1440 + villageRng.int(9 * 60, 16 * 60),
				subject: {
					form: 'section',
					group: villageGroup,
					section: villageRng.pick(pool),
					area: null
				},
				level: level(day),
				inspectionLevel: 'town',
				note: null
			});
		}
	}

	// Marks and deductions, in the order inspected; ids number the whole two years.
	planned.sort((a, b) => a.at - b.at || compareText(subjectKey(a.subject), subjectKey(b.subject)));
	const marking = rng.fork('marks');
	const perDay = new Map<string, number>();
	const inspections = planned.map((p): DemoInspection => {
		const inspectedAt = isoDateTime(p.at);
		const ymd = inspectedAt.slice(0, 10).replace(/-/g, '');
		const n = (perDay.get(ymd) ?? 0) + 1;
		perDay.set(ymd, n);
		const level = p.level + INSPECTION_NOISE * marking.normal();
		const { marks, deductions } = drawMarks(marking, p.subject.form, level);
		const score = inspectionScore(p.subject.form, marks, deductions);
		const s = p.subject.section;
		const a = p.subject.area;
		return {
			id: `I${ymd}-D${String(n).padStart(3, '0')}`,
			form: p.subject.form,
			level: p.inspectionLevel,
			groupId: p.subject.group.id,
			groupName: p.subject.group.name,
			segmentId: s?.segment.id ?? null,
			roadId: s?.segment.roadId ?? null,
			roadName: s?.segment.name ?? null,
			fromM: s ? s.span.fromM : null,
			toM: s ? s.span.toM : null,
			section: s?.span.id ?? null,
			zoneId: s ? s.gridId : a!.zoneId,
			communityId: s ? s.communityId : a!.communityId,
			cleaningUnit: s
				? holder({ segment: s.segment.id, road: s.segment.roadId, zone: null }, inspectedAt)
				: holder({ segment: null, road: null, zone: a!.zoneId }, inspectedAt),
			inspector: INSPECTOR,
			inspectedAt,
			marks,
			base: score.base,
			deducted: score.deducted,
			score: score.score,
			note: p.note,
			lng: s ? s.lng : a!.lng,
			lat: s ? s.lat : a!.lat,
			deductions
		};
	});
	const deductions = inspections.flatMap((i) =>
		i.deductions.map((d, k) => ({ ...d, inspectionId: i.id, seq: k + 1 }))
	);
	return {
		inspections,
		deductions,
		rules: DEMO_REWARD_RULES,
		ledger: settledLedger(inspections, communityNames)
	};
}

function subjectKey(s: Subject): string {
	return s.section ? `${s.group.name}|${s.section.span.id}` : `${s.group.name}|${s.area!.zoneId}`;
}

/** ≈72 under the old contractor; the new one brings it to ≈90 within a month. */
export function contractorLevel(day: number): number {
	const { day: change, levelBefore, levelAfter } = CONTRACTOR_CHANGE;
	if (day < change) return levelBefore;
	return levelBefore + (levelAfter - levelBefore) * Math.min(1, (day - change) / 30);
}

/** ≈88 until the last year, then sliding to ≈70 by the demo's clock. */
export function fallingLevel(day: number): number {
	const { from, to, firstDay, lastDay } = FALLING_VILLAGE;
	if (day < firstDay) return from;
	return from + (to - from) * Math.min(1, (day - firstDay) / (lastDay - firstDay));
}

/** First days of the 24 months inspected. */
function months(): number[] {
	const out: number[] = [];
	const first = partsOf(FIRST_INSPECTION_DAY);
	for (
		let y = first.year, m = first.month;
		dayOf(y, m, 1) <= AS_OF_DAY;
		m === 12 ? (y++, (m = 1)) : m++
	)
		out.push(dayOf(y, m, 1));
	return out;
}

/** A Monday-to-Friday day of the month between `from` and `to` (day numbers of the month). */
function weekdayIn(rng: Rng, year: number, month: number, from: number, to: number): number {
	const days: number[] = [];
	for (let d = from; d <= to; d++) {
		const day = dayOf(year, month, d);
		const w = partsOf(day).weekday;
		if (w !== 0 && w !== 6 && day <= AS_OF_DAY) days.push(day);
	}
	return rng.pick(days);
}

/**
 * Marks and deductions around `level`: a share of the points below 100 goes to spots found
 * (litter, waste piles, now and then an uncleaned area), the rest to C1–C4, each mark the
 * level's fraction of 5 rounded up or down at random. The area form has no marks: all of it
 * is deductions.
 */
function drawMarks(
	rng: Rng,
	form: InspectionForm,
	level: number
): { marks: SectionMarks | null; deductions: RecordedDeduction[] } {
	const lost = Math.max(0, 100 - level);
	const expected = form === 'area' ? lost : lost * DEDUCTION_SHARE;
	const counts = {
		uncleaned_area: rng.poisson((expected * 0.2) / 10),
		waste_pile: rng.poisson((expected * 0.3) / 5),
		litter: rng.poisson((expected * 0.5) / 2)
	};
	const deductions = DEDUCTION_ITEMS.filter((i) => counts[i.code as keyof typeof counts] > 0).map(
		(i) => ({ item: i.code, points: i.points, count: counts[i.code as keyof typeof counts] })
	);
	if (form === 'area') return { marks: null, deductions };
	const target = Math.min(100, level + expected) / 20;
	const mark = () => {
		const x = Math.min(5, Math.max(0, target + 0.25 * rng.normal()));
		const whole = Math.floor(x);
		return Math.min(5, whole + (rng.chance(x - whole) ? 1 : 0));
	};
	return { marks: { c1: mark(), c2: mark(), c3: mark(), c4: mark() }, deductions };
}

/** The registry's holder of a segment, else of its road, else of the zone, at a moment. */
function registryResolver(rows: readonly RegistryRow[]) {
	const byTarget = new Map<string, RegistryRow[]>();
	for (const r of rows) {
		const key = `${r.targetKind}:${r.targetId}`;
		byTarget.set(key, [...(byTarget.get(key) ?? []), r]);
	}
	const at = (key: string, when: string) =>
		(byTarget.get(key) ?? [])
			.filter((r) => r.validFrom <= when && (r.validTo === null || when < r.validTo))
			.sort((a, b) => compareText(b.validFrom, a.validFrom))[0]?.unit ?? null;
	return (t: { segment: string | null; road: string | null; zone: string | null }, when: string) =>
		(t.segment && at(`segment:${t.segment}`, when)) ||
		(t.road && at(`road:${t.road}`, when)) ||
		(t.zone && at(`zone:${t.zone}`, when)) ||
		null;
}

function areaCentre(g: Dataset['zones'][number]['geometry']): [number, number] {
	const ring = (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0]) as number[][];
	const pts = ring.slice(0, -1);
	return [
		round6(pts.reduce((s, p) => s + p[0], 0) / pts.length),
		round6(pts.reduce((s, p) => s + p[1], 0) / pts.length)
	];
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const round2 = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Ledger

/**
 * Each cleaning unit's and community's mean score of `month` (`YYYY-MM`), every level and
 * form, as the ledger reads them: units first, then communities, each by name.
 */
export function monthScoresOf(
	inspections: readonly Pick<
		DemoInspection,
		'inspectedAt' | 'cleaningUnit' | 'communityId' | 'score'
	>[],
	month: string,
	communityNames: ReadonlyMap<string, string>
): MonthScore[] {
	const sums = new Map<
		string,
		{ target: MonthScore['target']; key: string; sum: number; n: number }
	>();
	const add = (target: MonthScore['target'], key: string | null, score: number) => {
		if (!key) return;
		const id = `${target}|${key}`;
		const e = sums.get(id) ?? { target, key, sum: 0, n: 0 };
		e.sum += score;
		e.n++;
		sums.set(id, e);
	};
	for (const i of inspections) {
		if (!i.inspectedAt.startsWith(month)) continue;
		add('cleaning_unit', i.cleaningUnit, i.score);
		add('community', i.communityId, i.score);
	}
	const scores = [...sums.values()].map((e) => ({
		target: e.target,
		key: e.key,
		name: e.target === 'community' ? (communityNames.get(e.key) ?? e.key) : e.key,
		score: round2(e.sum / e.n),
		inspections: e.n
	}));
	const order = (t: MonthScore['target']) => (t === 'cleaning_unit' ? 0 : 1);
	return scores.sort(
		(a, b) =>
			order(a.target) - order(b.target) || compareText(a.name, b.name) || compareText(a.key, b.key)
	);
}

/** Every month that ended before the demo's clock, settled on the 5th of the next month. */
function settledLedger(
	inspections: readonly DemoInspection[],
	communityNames: ReadonlyMap<string, string>
): DemoLedgerRow[] {
	const out: DemoLedgerRow[] = [];
	for (const first of months()) {
		const { year, month } = partsOf(first);
		const next = month === 12 ? dayOf(year + 1, 1, 1) : dayOf(year, month + 1, 1);
		if (next > AS_OF_DAY) continue;
		const key = isoDate(first).slice(0, 7);
		const lines = applyRewardRules(
			monthScoresOf(inspections, key, communityNames),
			DEMO_REWARD_RULES
		);
		lines.forEach((line, i) =>
			out.push({
				...line,
				id: `${key}-${String(i + 1).padStart(4, '0')}`,
				month: key,
				settledBy: SETTLED_BY,
				settledAt: `${isoDate(next + 4)}T10:00:00`
			})
		);
	}
	return out;
}
