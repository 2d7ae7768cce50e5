import { along, length, lineString } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { createZoneLocator } from '$geo/zone-locator';
import { MAX_TRACK_ACCURACY_M } from '../contract/patrols';
import type { Database } from '../db/database';
import {
	computeCoverage,
	NOT_WALKED_BELOW_SHARE,
	type GridCoverage
} from '../domain/patrols/coverage';
import { periodDays, plannedDays, type CoveragePeriod } from '../domain/patrols/coverage-period';
import { formatLocalTime } from '../domain/routing/local-time';
import {
	CHECK_DAYS_SQL,
	GRIDS_SQL,
	SEGMENTS_SQL,
	TRACK_POINTS_SQL,
	UNITS_SQL
} from '../queries/patrol-coverage';
import type { Actor } from './actor';
import { areaOf } from './area-scope';
import { loadCalendar } from './case-calendar';

export interface CoverageReport {
	period: CoveragePeriod;
	from: string;
	to: string;
	/** Working days the plan counts (not after today). */
	plannedDays: string[];
	grids: GridCoverage[];
	/** What was not covered: unchecked units (points) and segments walked under half (lines). */
	gaps: FeatureCollection;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const nextDay = (d: string) =>
	new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The midpoint along a line, to give a segment to the one grid that holds it. */
function midpoint(line: LineString): [number, number] {
	const l = lineString(line.coordinates);
	const p = along(l, length(l) / 2).geometry.coordinates;
	return [p[0], p[1]];
}

/** Patrol coverage per grid of the actor's area for the day or week holding `date`. */
export async function loadCoverage(
	db: Database,
	actor: Actor,
	period: CoveragePeriod,
	date: string,
	now: Date
): Promise<CoverageReport> {
	const days = periodDays(period, date);
	const from = days[0];
	const until = nextDay(days[days.length - 1]);
	const area = areaOf(actor);
	const areaParam = area ? JSON.stringify(area) : null;
	const grids = await db.query<{
		id: string;
		name: string;
		geometry: string;
		minx: number;
		miny: number;
		maxx: number;
		maxy: number;
	}>(GRIDS_SQL, { area: areaParam });
	const box = {
		west: Math.min(...grids.map((g) => g.minx)),
		south: Math.min(...grids.map((g) => g.miny)),
		east: Math.max(...grids.map((g) => g.maxx)),
		north: Math.max(...grids.map((g) => g.maxy))
	};
	const units = await db.query<{
		id: string;
		name: string;
		gridId: string | null;
		lng: number;
		lat: number;
	}>(UNITS_SQL, { area: areaParam, from, until });
	const segmentRows = grids.length
		? await db.query<{ id: string; name: string; geometry: string }>(SEGMENTS_SQL, box)
		: [];
	const locator = createZoneLocator(
		grids.map((g) => ({ id: g.id, geometry: JSON.parse(g.geometry) as Polygon | MultiPolygon }))
	);
	const segments = segmentRows.map((s) => {
		const line = JSON.parse(s.geometry) as LineString;
		const [lng, lat] = midpoint(line);
		return { id: s.id, name: s.name, gridId: locator.locate(lng, lat), line: line.coordinates };
	});
	const points = grids.length
		? await db.query<{ patrolId: string; lng: number; lat: number }>(TRACK_POINTS_SQL, {
				from,
				until,
				maxAccuracy: MAX_TRACK_ACCURACY_M,
				west: box.west - 0.001,
				south: box.south - 0.001,
				east: box.east + 0.001,
				north: box.north + 0.001
			})
		: [];
	const tracks = new Map<string, number[][]>();
	for (const p of points) {
		const t = tracks.get(p.patrolId) ?? [];
		t.push([p.lng, p.lat]);
		tracks.set(p.patrolId, t);
	}
	const checks = await db.query<{ unitId: string; day: string }>(CHECK_DAYS_SQL, { from, until });
	const today = formatLocalTime(now).slice(0, 10);
	const planned = plannedDays(days, today, await loadCalendar(db));
	const coverage = computeCoverage({
		grids,
		units,
		segments,
		tracks: [...tracks.values()],
		checks,
		plannedDays: planned
	});
	const unchecked = new Set(coverage.uncheckedUnitIds);
	const features: Feature[] = [
		...units
			.filter((u) => unchecked.has(u.id))
			.map((u): Feature => ({
				type: 'Feature',
				id: `unit:${u.id}`,
				geometry: { type: 'Point', coordinates: [u.lng, u.lat] },
				properties: { kind: 'unit', id: u.id, name: u.name, gridId: u.gridId }
			})),
		...coverage.segments
			.filter((s) => s.roadM > 0 && s.walkedM / s.roadM < NOT_WALKED_BELOW_SHARE)
			.map((s): Feature => {
				const seg = segments.find((x) => x.id === s.segmentId)!;
				return {
					type: 'Feature',
					id: `segment:${s.segmentId}`,
					geometry: { type: 'LineString', coordinates: seg.line as number[][] },
					properties: {
						kind: 'segment',
						id: s.segmentId,
						name: seg.name,
						gridId: s.gridId,
						roadM: round1(s.roadM),
						walkedM: round1(s.walkedM)
					}
				};
			})
	];
	return {
		period,
		from,
		to: days[days.length - 1],
		plannedDays: planned,
		grids: coverage.grids.map((g) => ({
			...g,
			roadM: round1(g.roadM),
			walkedM: round1(g.walkedM)
		})),
		gaps: { type: 'FeatureCollection', features }
	};
}
