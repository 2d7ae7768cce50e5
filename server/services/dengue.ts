/**
 * The dengue-season week (issue 17 part 3): per community the Aedes risk band this ISO week
 * and last (BI, MOI with their sample sizes, CI without a band), whether the weekly survey was
 * missed, streets with BI ≥ 10 and the breeding sites behind them as spray targets.
 */
import type { Geometry, LineString, MultiLineString } from 'geojson';
import {
	DEFAULT_DENGUE_SEASON,
	STREET_BI_LIMIT,
	TARGET_POI_RADIUS_M,
	type DengueRoad,
	type DengueWeekResponse
} from '../contract/dengue';
import type { DengueWeekQuery } from '../contract/dengue-requests';
import { isoWeekOf, previousWeek, weekRange } from '../contract/iso-week';
import type { TargetStop } from '../contract/spray-plan-results';
import type { Database } from '../db/database';
import { metresToLine } from '../domain/dengue/near-line';
import {
	parseSeason,
	weekInSeason,
	weekTrend,
	WeeklySums,
	type DengueRecord
} from '../domain/dengue/weekly';
import { SERVICE_MIN_BY_TARGET, type TargetKind } from '../domain/routing/target-service';
import {
	buildBreedingPoisQuery,
	buildDengueRoadSumsQuery,
	buildDengueZoneSumsQuery,
	buildPositiveSitesQuery,
	DENGUE_SEASON_SQL,
	DENGUE_ZONES_SQL,
	LATEST_AEDES_DAY_SQL
} from '../queries/dengue';

type DengueRow = DengueRecord & Record<string, unknown>;

/** 1e-9 slack at the street limit, as the bands have. */
const EPS = 1e-9;
/** Degrees around a street's box within which POIs are measured (≥ 100 m at the town's latitude). */
const BOX_MARGIN_DEG = 0.0015;

async function readSeason(db: Database) {
	const [row] = await db.query<{ value: string }>(DENGUE_SEASON_SQL);
	return parseSeason(row?.value) ?? { ...DEFAULT_DENGUE_SEASON };
}

/** The week asked for, else the latest week with a BI or MOI survey, else this week. */
async function chooseWeek(db: Database, asked: string | undefined, today: string) {
	const [latest] = await db.query<{ day: string | null }>(LATEST_AEDES_DAY_SQL);
	const latestWeek = latest?.day ? isoWeekOf(latest.day) : null;
	return { week: asked ?? latestWeek ?? isoWeekOf(today), latestWeek };
}

function lines(g: Geometry): number[][][] {
	if (g.type === 'LineString') return [(g as LineString).coordinates];
	if (g.type === 'MultiLineString') return (g as MultiLineString).coordinates;
	return [];
}

async function listRoads(db: Database, week: string, from: string, to: string) {
	const q = buildDengueRoadSumsQuery(from, to);
	const rows = await db.query<DengueRow & { name: string; geometries: string[] }>(q.sql, q.params);
	const sums = new WeeklySums(rows);
	const roads = new Map<string, DengueRoad>();
	for (const r of rows) {
		const bi = sums.index(r.unit, week, 'mosquito.breteau');
		if (!bi || bi.value === null || bi.value < STREET_BI_LIMIT - EPS) continue;
		const road = roads.get(r.unit) ?? { roadId: r.unit, name: r.name, bi, geometry: [] };
		const seen = new Set(road.geometry.map((g) => JSON.stringify(g)));
		for (const text of r.geometries) {
			const g = JSON.parse(text) as Geometry;
			if (!seen.has(JSON.stringify(g))) road.geometry.push(g);
		}
		roads.set(r.unit, road);
	}
	return [...roads.values()].sort(
		(a, b) => (b.bi.value ?? 0) - (a.bi.value ?? 0) || a.name.localeCompare(b.name, 'zh-CN')
	);
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;

/** Positive survey sites on the highlighted streets, then breeding POIs within 100 m of them. */
async function listTargets(db: Database, roads: DengueRoad[], from: string, to: string) {
	if (!roads.length) return [];
	const ids = new Set(roads.map((r) => r.roadId));
	const sitesQuery = buildPositiveSitesQuery(from, to);
	const sites = (
		await db.query<{
			id: string;
			habitat: string;
			lng: number;
			lat: number;
			roadId: string | null;
			roadName: string | null;
		}>(sitesQuery.sql, sitesQuery.params)
	).filter((s) => s.roadId !== null && ids.has(s.roadId));
	const stops: TargetStop[] = sites.map((s) => ({
		id: s.id,
		lng: round6(s.lng),
		lat: round6(s.lat),
		serviceMin: SERVICE_MIN_BY_TARGET.survey_site,
		kind: 'survey_site',
		label: `${s.roadName} · ${s.habitat}`,
		pest: 'mosquito'
	}));
	const parts = roads.flatMap((r) => r.geometry.flatMap(lines));
	const xs = parts.flat().map((c) => c[0]);
	const ys = parts.flat().map((c) => c[1]);
	const box: [number, number, number, number] = [
		Math.min(...xs) - BOX_MARGIN_DEG,
		Math.min(...ys) - BOX_MARGIN_DEG,
		Math.max(...xs) + BOX_MARGIN_DEG,
		Math.max(...ys) + BOX_MARGIN_DEG
	];
	const poiQuery = buildBreedingPoisQuery(box);
	const pois = await db.query<{
		id: string;
		kind: string;
		label: string;
		lng: number;
		lat: number;
	}>(poiQuery.sql, poiQuery.params);
	for (const p of pois) {
		const near = parts.some((line) => metresToLine([p.lng, p.lat], line) <= TARGET_POI_RADIUS_M);
		if (!near) continue;
		const kind = p.kind as TargetKind;
		stops.push({
			id: p.id,
			lng: round6(p.lng),
			lat: round6(p.lat),
			serviceMin: SERVICE_MIN_BY_TARGET[kind],
			kind,
			label: p.label
		});
	}
	return stops;
}

export async function computeDengueWeek(
	db: Database,
	q: DengueWeekQuery,
	today: string
): Promise<DengueWeekResponse> {
	const { week, latestWeek } = await chooseWeek(db, q.week, today);
	const range = weekRange(week);
	const prev = previousWeek(week);
	const prevRange = weekRange(prev);
	const season = await readSeason(db);
	const inSeason = weekInSeason(range, season);
	const sumsQuery = buildDengueZoneSumsQuery(prevRange.from, range.to);
	const sums = new WeeklySums(await db.query<DengueRow>(sumsQuery.sql, sumsQuery.params));
	const zones = await db.query<{ id: string; name: string; kind: string; geometry: string }>(
		DENGUE_ZONES_SQL
	);
	const communities = zones.map((z) => {
		const thisWeek = sums.cell(z.id, week);
		const previous = sums.cell(z.id, prev);
		return {
			id: z.id,
			name: z.name,
			kind: z.kind,
			geometry: JSON.parse(z.geometry) as Geometry,
			week: thisWeek,
			previous,
			trend: weekTrend(thisWeek, previous),
			missed: inSeason && thisWeek.bi === null && thisWeek.moi === null
		};
	});
	const roads = await listRoads(db, week, range.from, range.to);
	const targets = await listTargets(db, roads, range.from, range.to);
	return {
		week,
		from: range.from,
		to: range.to,
		previousWeek: prev,
		latestWeek,
		season: { ...season, inSeason },
		communities,
		roads,
		targets
	};
}

/** The targets alone, for the route planner's `dengue` source. */
export async function dengueTargets(db: Database, week: string | undefined, today: string) {
	return (await computeDengueWeek(db, { week }, today)).targets;
}
