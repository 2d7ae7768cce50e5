/**
 * The 门前三包 ledger (issue 15 item 2): list and read units with their last check and repeat
 * failures, create a unit from its door (snapped to the nearest street), edit it, redraw its
 * frontage, retire it. Writes are audited in their own transaction.
 */
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { frontageLine } from '$geo/frontage-line';
import type { Role } from '../contract/accounts';
import {
	FRONTAGE_CONTACT_ROLES,
	FRONTAGE_MAX_OFFSET_M,
	REPEAT_WINDOW_DAYS,
	type CheckMeasure,
	type CheckResult,
	type FrontageCaseView,
	type FrontageCategory,
	type FrontageCheckView,
	type FrontageFeatureProperties,
	type FrontageItem,
	type FrontageResponsibleView,
	type FrontageUnitDetail,
	type LastCheckState
} from '../contract/frontage';
import type {
	CreateFrontageBody,
	FrontageFilters,
	PatchFrontageBody
} from '../contract/frontage-requests';
import type { Database, Transaction } from '../db/database';
import { maskName, maskPhone } from '../domain/frontage/contact-mask';
import { farthestOffsetM, lineLengthM } from '../domain/frontage/line-offset';
import { formatLocalTime } from '../domain/routing/local-time';
import { AppError, ForbiddenError, NotFoundError } from '../errors';
import { loadPointEnricher } from '../ingest/enrichment-store';
import {
	buildFrontageListQuery,
	FRONTAGE_BY_ID_SQL,
	FRONTAGE_CASES_SQL,
	FRONTAGE_CHECKS_SQL,
	FRONTAGE_RESPONSIBLE_SQL,
	MAX_FRONTAGE_UNITS,
	SEGMENT_GEOMETRY_SQL,
	STREET_SEGMENTS_SQL
} from '../queries/frontage';
import type { Actor } from './actor';
import { areaOf } from './area-scope';
import { recordAudit } from './audit';
import { DATA_WRITES } from '../contract/audit-actions';
import { quoteValue } from '../contract/quote';

type Lang = 'zh-CN' | 'en';
const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

interface UnitRow {
	id: string;
	name: string;
	category: FrontageCategory;
	address: string | null;
	contact_name: string | null;
	contact_phone: string | null;
	lng: number;
	lat: number;
	zone_id: string | null;
	grid_id: string | null;
	segment_id: string | null;
	frontage: string;
	frontage_m: number;
	agreement_signed: boolean;
	agreement_signed_on: string | null;
	last_at: string | null;
	last_check: LastCheckState;
	recent_failures: number;
	retired_at: string | null;
	zone_name: string | null;
	grid_name: string | null;
	segment_name: string | null;
	areas: string[];
}

/** The clock of the repeat window: now and REPEAT_WINDOW_DAYS before, local time. */
export function repeatWindow(now: Date): { now: string; since: string } {
	return {
		now: formatLocalTime(now),
		since: formatLocalTime(new Date(now.getTime() - REPEAT_WINDOW_DAYS * 86_400_000))
	};
}

const seesContact = (role: Role) => (FRONTAGE_CONTACT_ROLES as readonly Role[]).includes(role);

function viewOf(row: UnitRow, role: Role): FrontageFeatureProperties {
	const full = seesContact(role);
	return {
		id: row.id,
		name: row.name,
		category: row.category,
		address: row.address,
		contactName: full ? row.contact_name : maskName(row.contact_name),
		contactPhone: full ? row.contact_phone : maskPhone(row.contact_phone),
		zoneId: row.zone_id,
		gridId: row.grid_id,
		segmentId: row.segment_id,
		frontageM: row.frontage_m,
		agreementSigned: row.agreement_signed,
		agreementSignedOn: row.agreement_signed_on,
		lastCheckAt: row.last_at,
		lastCheck: row.last_check,
		recentFailures: row.recent_failures,
		frontage: JSON.parse(row.frontage),
		lng: row.lng,
		lat: row.lat,
		zoneName: row.zone_name,
		gridName: row.grid_name,
		segmentName: row.segment_name,
		retiredAt: row.retired_at
	};
}

/** `GET /api/frontage`: the ledger as GeoJSON points; area-bound roles see their zones only. */
export async function listFrontage(
	db: Database,
	actor: Actor,
	filters: FrontageFilters,
	now: Date
): Promise<FeatureCollection<Point, FrontageFeatureProperties>> {
	const { sql, params } = buildFrontageListQuery(filters, repeatWindow(now), areaOf(actor));
	const rows = await db.query<UnitRow & Record<string, unknown>>(sql, params);
	if (rows.length > MAX_FRONTAGE_UNITS) {
		throw new AppError(
			422,
			'too_many_features',
			`more than ${MAX_FRONTAGE_UNITS} frontage units match; narrow the area or filters`,
			{ limit: MAX_FRONTAGE_UNITS }
		);
	}
	return {
		type: 'FeatureCollection',
		features: rows.map((r): Feature<Point, FrontageFeatureProperties> => ({
			type: 'Feature',
			id: r.id,
			geometry: { type: 'Point', coordinates: [r.lng, r.lat] },
			properties: viewOf(r, actor.role)
		}))
	};
}

async function loadUnit(
	db: Pick<Transaction, 'query'>,
	id: string,
	actor: Actor,
	now: Date,
	lang: Lang
): Promise<UnitRow> {
	const [row] = await db.query<UnitRow & Record<string, unknown>>(FRONTAGE_BY_ID_SQL, {
		id,
		...repeatWindow(now)
	});
	if (!row)
		throw new NotFoundError(
			say(lang, `没有编号为 ${quoteValue(id)} 的门前三包单位`, `no frontage unit ${quoteValue(id)}`)
		);
	const zones = areaOf(actor);
	if (zones && !zones.some((z) => row.areas.includes(z))) {
		throw new ForbiddenError(
			say(lang, '该单位不在您负责的区域内', 'this unit lies outside your zones')
		);
	}
	return row;
}

const list = (text: string | null) => (text ? text.split(',').filter(Boolean) : []);

/** `GET /api/frontage/{id}`: the unit, its checks (newest first), cases and responsible rows. */
export async function readFrontage(
	db: Database,
	actor: Actor,
	id: string,
	now: Date,
	lang: Lang
): Promise<FrontageUnitDetail> {
	const row = await loadUnit(db, id, actor, now, lang);
	const checks = await db.query<Record<string, unknown>>(FRONTAGE_CHECKS_SQL, { id });
	const cases = await db.query<Record<string, unknown>>(FRONTAGE_CASES_SQL, { id });
	const people = await db.query<Record<string, unknown>>(FRONTAGE_RESPONSIBLE_SQL, { id });
	const full = seesContact(actor.role);
	return {
		unit: viewOf(row, actor.role),
		checks: checks.map((c): FrontageCheckView => ({
			id: String(c.id),
			unitId: String(c.unit_id),
			patrolId: (c.patrol_id as string | null) ?? null,
			checkedAt: String(c.checked_at),
			checker: String(c.checker),
			checkerName: (c.checker_name as string | null) ?? null,
			result: c.result as CheckResult,
			failedItems: list(c.failed_items as string) as FrontageItem[],
			measure: (c.measure as CheckMeasure | null) ?? null,
			orderDeadline: (c.order_deadline as string | null) ?? null,
			caseId: (c.case_id as string | null) ?? null,
			note: (c.note as string | null) ?? null,
			photoIds: list(c.photo_ids as string)
		})),
		cases: cases.map((c): FrontageCaseView => ({
			id: String(c.id),
			status: String(c.status),
			category: String(c.category),
			reportedAt: String(c.reported_at),
			deadline: (c.deadline as string | null) ?? null,
			checkId: String(c.check_id)
		})),
		responsibilities: people.map((p): FrontageResponsibleView => ({
			id: Number(p.id),
			person: full ? (p.person as string | null) : maskName(p.person as string | null),
			phone: full ? (p.phone as string | null) : maskPhone(p.phone as string | null),
			unit: (p.unit as string | null) ?? null,
			signedOn: (p.signed_on as string | null) ?? null,
			validFrom: String(p.valid_from),
			validTo: (p.valid_to as string | null) ?? null
		})),
		canEdit: actor.role === 'admin' || actor.role === 'planner'
	};
}

const audited = (row: UnitRow) => ({
	name: row.name,
	category: row.category,
	address: row.address,
	contactName: row.contact_name,
	contactPhone: row.contact_phone,
	agreementSigned: row.agreement_signed,
	agreementSignedOn: row.agreement_signed_on,
	segmentId: row.segment_id,
	frontage: JSON.parse(row.frontage) as LineString,
	frontageM: row.frontage_m,
	retiredAt: row.retired_at
});

/**
 * `POST /api/frontage`: the door is enriched like any point (zone, grid, nearest segment within
 * NEAREST_ROAD_SEARCH_M) and its frontage drawn along that segment (geo/frontage-line.ts).
 */
export async function createFrontage(
	db: Database,
	actor: Actor,
	body: CreateFrontageBody,
	now: Date,
	lang: Lang
): Promise<FrontageFeatureProperties> {
	const id = `fu-${crypto.randomUUID().slice(0, 8)}`;
	const at = formatLocalTime(now);
	await db.transaction(async (tx) => {
		const enrich = await loadPointEnricher(tx);
		const place = enrich(body.lng, body.lat);
		if (place.segmentId === null) {
			throw new AppError(
				422,
				'no_street',
				say(
					lang,
					'门址 1000 米内没有道路，无法划定门前责任路段；请核对位置',
					'no street lies within 1000 m of the door, so no frontage can be drawn; check the position'
				)
			);
		}
		const [segment] = await tx.query<{ geometry: string }>(SEGMENT_GEOMETRY_SQL, {
			id: place.segmentId
		});
		const line = frontageLine(
			[body.lng, body.lat],
			JSON.parse(segment.geometry) as LineString,
			body.halfWidthM
		);
		await tx.run(
			`INSERT INTO frontage_units VALUES ($id, $name, $category, $address, $contactName, $contactPhone,
				$lng, $lat, $zoneId, $gridId, $segmentId, $frontage, $frontageM, $signed, $signedOn::DATE,
				$at::TIMESTAMP, $at::TIMESTAMP, NULL)`,
			{
				id,
				name: body.name,
				category: body.category,
				address: body.address ?? null,
				contactName: body.contactName ?? null,
				contactPhone: body.contactPhone ?? null,
				lng: body.lng,
				lat: body.lat,
				zoneId: place.zoneId,
				gridId: place.gridId,
				segmentId: place.segmentId,
				frontage: JSON.stringify(line.geometry),
				frontageM: line.lengthM,
				signed: body.agreementSigned,
				signedOn: body.agreementSignedOn ?? null,
				at
			}
		);
		const row = await loadUnit(tx, id, actor, now, lang);
		await recordAudit(tx, actor, {
			...DATA_WRITES.frontageCreate,
			entityId: id,
			after: audited(row)
		});
	});
	return viewOf(await loadUnit(db, id, actor, now, lang), actor.role);
}

/**
 * `PATCH /api/frontage/{id}`: the ledger fields, and a redrawn frontage line, which must keep
 * within FRONTAGE_MAX_OFFSET_M of the unit's street (any segment of the same road).
 */
export async function updateFrontage(
	db: Database,
	actor: Actor,
	id: string,
	body: PatchFrontageBody,
	now: Date,
	lang: Lang
): Promise<FrontageFeatureProperties> {
	await db.transaction(async (tx) => {
		const before = await loadUnit(tx, id, actor, now, lang);
		if (before.retired_at !== null) {
			throw new AppError(
				409,
				'retired',
				say(lang, '该单位已注销，不能修改', 'this unit has been retired and cannot be changed')
			);
		}
		const set: string[] = [];
		const params: Record<string, string | number | boolean | null> = { id };
		const column = (key: keyof PatchFrontageBody, name: string, cast = '') => {
			const value = body[key];
			if (value === undefined) return;
			params[key] = value as string | boolean | null;
			set.push(`${name} = $${key}${cast}`);
		};
		column('name', 'name');
		column('category', 'category');
		column('address', 'address');
		column('contactName', 'contact_name');
		column('contactPhone', 'contact_phone');
		column('agreementSigned', 'agreement_signed');
		column('agreementSignedOn', 'agreement_signed_on', '::DATE');
		if (body.frontage) {
			const street = await tx.query<{ geometry: string }>(STREET_SEGMENTS_SQL, {
				segmentId: before.segment_id
			});
			const offsetM = street.length
				? farthestOffsetM(
						body.frontage,
						street.map((s) => JSON.parse(s.geometry) as LineString)
					)
				: Infinity;
			if (offsetM > FRONTAGE_MAX_OFFSET_M) {
				throw new AppError(
					422,
					'frontage_off_street',
					say(
						lang,
						`门前责任路段须沿街道划定：所画线段离街道最远 ${Math.round(offsetM)} 米，超过 ${FRONTAGE_MAX_OFFSET_M} 米`,
						`the frontage must run along the street: the line drawn strays ${Math.round(offsetM)} m from it, more than ${FRONTAGE_MAX_OFFSET_M} m`
					),
					{ offsetM: Math.round(offsetM * 10) / 10, limitM: FRONTAGE_MAX_OFFSET_M }
				);
			}
			params.frontage = JSON.stringify({
				type: 'LineString',
				coordinates: body.frontage.coordinates.map(([x, y]) => [
					Math.round(x * 1e6) / 1e6,
					Math.round(y * 1e6) / 1e6
				])
			});
			params.frontageM = lineLengthM(body.frontage);
			set.push('frontage = $frontage', 'frontage_m = $frontageM');
		}
		params.at = formatLocalTime(now);
		set.push('updated_at = $at::TIMESTAMP');
		await tx.run(`UPDATE frontage_units SET ${set.join(', ')} WHERE id = $id`, params);
		const after = await loadUnit(tx, id, actor, now, lang);
		await recordAudit(tx, actor, {
			...DATA_WRITES.frontageUpdate,
			entityId: id,
			before: audited(before),
			after: audited(after)
		});
	});
	return viewOf(await loadUnit(db, id, actor, now, lang), actor.role);
}

/** `DELETE /api/frontage/{id}`: retire the unit (kept with its checks; gone from the map). */
export async function retireFrontage(
	db: Database,
	actor: Actor,
	id: string,
	now: Date,
	lang: Lang
): Promise<FrontageFeatureProperties> {
	await db.transaction(async (tx) => {
		const before = await loadUnit(tx, id, actor, now, lang);
		if (before.retired_at !== null) {
			throw new AppError(409, 'retired', say(lang, '该单位已注销', 'this unit is already retired'));
		}
		await tx.run(`UPDATE frontage_units SET retired_at = $at::TIMESTAMP WHERE id = $id`, {
			id,
			at: formatLocalTime(now)
		});
		const after = await loadUnit(tx, id, actor, now, lang);
		await recordAudit(tx, actor, {
			...DATA_WRITES.frontageRetire,
			entityId: id,
			before: audited(before),
			after: audited(after)
		});
	});
	return viewOf(await loadUnit(db, id, actor, now, lang), actor.role);
}
