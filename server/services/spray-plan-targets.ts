import { MAX_ROUTE_STOPS, type TargetsQuery } from '../contract/spray-plans';
import { PESTS } from '../contract/records';
import type { TargetStop, TargetsResponse } from '../contract/spray-plan-results';
import type { Database } from '../db/database';
import { assessUnits, type UnitSums } from '../domain/density/assess-units';
import {
	meetsTargetLevel,
	SERVICE_MIN_BY_TARGET,
	type TargetKind
} from '../domain/routing/target-service';
import {
	buildBreedingSitesQuery,
	buildOpenBlindSpotsQuery,
	buildSurveySiteSumsQuery
} from '../queries/spray-plan-targets';
import { loadDensityCatalogue } from './density';
import { dengueTargets } from './dengue';
import { formatLocalTime } from '../domain/routing/local-time';
import { judgeDay, loadFacilityViews } from './facilities';
import { loadStandingTargetViews } from './standing-targets';

interface PointRow extends Record<string, unknown> {
	id: string;
	kind?: string;
	label: string;
	lng: number;
	lat: number;
}

/**
 * Issue 17 lane D: facilities whose inspection is due and standing targets whose spraying is
 * due on the day asked (today by default). The stop id is the facility's or target's id, so a
 * done stop is a spray event naming it (a standing target's last treatment) and a campaign
 * counts it as treated.
 */
async function findDueTargets(db: Database, q: TargetsQuery, now: Date): Promise<TargetStop[]> {
	const on = await judgeDay(db, q.on, now);
	if (q.source === 'facilities_due') {
		const facilities = await loadFacilityViews(db, { zone: q.zone }, on);
		return facilities
			.filter((f) => f.due)
			.map((f) => ({
				id: f.id,
				lng: f.lng,
				lat: f.lat,
				serviceMin: SERVICE_MIN_BY_TARGET.facility,
				kind: 'facility' as const,
				label: f.owner && !f.name.includes(f.owner) ? `${f.name}（${f.owner}）` : f.name,
				category: f.kind
			}));
	}
	const targets = await loadStandingTargetViews(db, { zone: q.zone }, on);
	return targets
		.filter((t) => t.due)
		.map((t) => ({
			id: t.id,
			lng: t.lng,
			lat: t.lat,
			serviceMin: SERVICE_MIN_BY_TARGET.standing_target,
			kind: 'standing_target' as const,
			label: t.name,
			category: t.kind
		}));
}

async function findTargets(db: Database, q: TargetsQuery, now: Date): Promise<TargetStop[]> {
	if (q.source === 'dengue') return dengueTargets(db, q.week, formatLocalTime(now).slice(0, 10));
	if (q.source === 'facilities_due' || q.source === 'standing_targets_due')
		return findDueTargets(db, q, now);
	if (q.source === 'blindspots_open') {
		const query = buildOpenBlindSpotsQuery(q.zone, MAX_ROUTE_STOPS);
		return (await db.query<PointRow>(query.sql, query.params)).map((r) => ({
			...r,
			kind: 'blind_spot',
			serviceMin: SERVICE_MIN_BY_TARGET.blind_spot
		}));
	}
	if (q.source === 'breeding_sites') {
		const query = buildBreedingSitesQuery(q.zone, MAX_ROUTE_STOPS);
		return (await db.query<PointRow>(query.sql, query.params)).map((r) => {
			const kind = r.kind as TargetKind;
			return { ...r, kind, serviceMin: SERVICE_MIN_BY_TARGET[kind] };
		});
	}
	const catalogue = await loadDensityCatalogue(db);
	const query = buildSurveySiteSumsQuery(q);
	const rows = await db.query<UnitSums & PointRow & { pest: string; habitat: string }>(
		query.sql,
		query.params
	);
	// A site surveyed for two pests is one stop: the first pest that qualifies it names it.
	const seen = new Set<string>();
	const sites = PESTS.flatMap((pest) => {
		const own = rows.filter((r) => r.pest === pest);
		return assessUnits(catalogue, pest, own, null)
			.filter((site) => meetsTargetLevel(site.level, q.level))
			.map((site) => {
				const row = own.find((r) => r.unit === site.id) as (typeof own)[number];
				return {
					id: site.id,
					lng: row.lng,
					lat: row.lat,
					serviceMin: SERVICE_MIN_BY_TARGET.survey_site,
					kind: 'survey_site' as const,
					label: row.habitat,
					pest,
					level: site.level as string
				};
			});
	});
	return sites.filter((s) => !seen.has(s.id) && seen.add(s.id));
}

/** Candidate stops of one source with default service minutes, at most MAX_ROUTE_STOPS. */
export async function listTargets(
	db: Database,
	q: TargetsQuery,
	now: Date = new Date()
): Promise<TargetsResponse> {
	const found = await findTargets(db, q, now);
	const stops = found.slice(0, MAX_ROUTE_STOPS).map((s) => ({
		...s,
		lng: Math.round(s.lng * 1e6) / 1e6,
		lat: Math.round(s.lat * 1e6) / 1e6
	}));
	return {
		source: q.source,
		stops,
		limit: MAX_ROUTE_STOPS,
		truncated: found.length > MAX_ROUTE_STOPS
	};
}
