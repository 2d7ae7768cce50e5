/**
 * The facility registry (issue 17 item 5, lane D): 毒饵站, 灭蝇灯, 防鼠设施 and 三防设施 with
 * their inspections. Kinds and cadences are catalogue data (facility_kinds); a facility's
 * condition, last inspection and due day are derived from its inspections on every read.
 * Each write is one transaction with its audit row.
 */
import { DATA_WRITES } from '../contract/audit-actions';
import type {
	FacilityDetail,
	FacilityInspectionView,
	FacilityKind,
	FacilityList,
	FacilityStatus,
	FacilityView
} from '../contract/facilities';
import type {
	CreateFacilityBody,
	FacilityInspectionBody,
	FacilityListQuery,
	UpdateFacilityBody
} from '../contract/facility-requests';
import type { Database } from '../db/database';
import {
	dueState,
	facilityCondition,
	facilityNextDue,
	shareWorking
} from '../domain/facilities/due';
import { formatLocalTime } from '../domain/routing/local-time';
import { AppError, NotFoundError } from '../errors';
import {
	buildFacilityListQuery,
	DEMO_CLOCK_DAY_SQL,
	FACILITY_INSPECTION_SQL,
	FACILITY_INSPECTIONS_SQL,
	FACILITY_KIND_SQL,
	FACILITY_KINDS_SQL,
	FACILITY_ROW_SQL,
	FRONTAGE_UNIT_NAME_SQL,
	INSERT_FACILITY_INSPECTION_SQL,
	INSERT_FACILITY_SQL,
	UPDATE_FACILITY_SQL
} from '../queries/facilities';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { loadZoneEnricher } from './spray-plan-stops';

export type Lang = 'zh-CN' | 'en';
export const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

type Reader = Pick<Database, 'query'>;

/**
 * The day due and overdue are judged on: the one asked for, else today (local); a demo town,
 * whose records stop on its clock day, is judged on that day so its story reads as it was made.
 */
export async function judgeDay(db: Reader, asked: string | undefined, now: Date): Promise<string> {
	if (asked) return asked;
	const today = formatLocalTime(now).slice(0, 10);
	const [demo] = await db.query<{ day: string }>(DEMO_CLOCK_DAY_SQL);
	return demo && demo.day < today ? demo.day : today;
}

/** A facility as stored, with its kind's cadence and its last inspection (derived by toView). */
type FacilityColumns = Pick<
	FacilityView,
	| 'id'
	| 'kind'
	| 'name'
	| 'unitId'
	| 'owner'
	| 'lng'
	| 'lat'
	| 'zoneId'
	| 'community'
	| 'gridId'
	| 'installedOn'
	| 'status'
>;

interface FacilityRow extends FacilityColumns, Record<string, unknown> {
	everyDays: number;
	lastId: string | null;
	lastAt: string | null;
	lastInspector: string | null;
	lastPresent: boolean | null;
	lastWorking: boolean | null;
	lastBaitTaken: boolean | null;
	lastNote: string | null;
}

function toView(r: FacilityRow, on: string): FacilityView {
	const last: FacilityInspectionView | null = r.lastId
		? {
				id: r.lastId,
				inspectedAt: r.lastAt as string,
				inspector: r.lastInspector as string,
				present: Boolean(r.lastPresent),
				working: Boolean(r.lastWorking),
				baitTaken: r.lastBaitTaken ?? null,
				note: r.lastNote
			}
		: null;
	const nextDueOn = facilityNextDue(
		last ? last.inspectedAt.slice(0, 10) : null,
		r.installedOn,
		Number(r.everyDays)
	);
	return {
		id: r.id,
		kind: r.kind,
		name: r.name,
		unitId: r.unitId,
		owner: r.owner,
		lng: r.lng,
		lat: r.lat,
		zoneId: r.zoneId,
		community: r.community,
		gridId: r.gridId,
		installedOn: r.installedOn,
		status: r.status,
		lastInspection: last,
		condition: facilityCondition(last),
		nextDueOn,
		...dueState(nextDueOn, on)
	};
}

/** Active facilities (filtered) with their derived state, as of `on`. */
export async function loadFacilityViews(
	db: Reader,
	q: { kind?: string; zone?: string },
	on: string
): Promise<FacilityView[]> {
	const query = buildFacilityListQuery(q);
	return (await db.query<FacilityRow>(query.sql, query.params)).map((r) => toView(r, on));
}

/** `GET /api/facilities`: the catalogue, the facilities and the summary over those listed. */
export async function listFacilities(
	db: Database,
	q: FacilityListQuery,
	now: Date
): Promise<FacilityList> {
	const on = await judgeDay(db, q.on, now);
	const kinds = await db.query<FacilityKind & Record<string, unknown>>(FACILITY_KINDS_SQL);
	const all = await loadFacilityViews(db, q, on);
	const facilities = q.state
		? all.filter((f) => (q.state === 'overdue' ? f.overdue : f.condition === q.state))
		: all;
	const share = shareWorking(facilities.map((f) => f.condition));
	return {
		on,
		kinds: kinds.map((k) => ({ ...k, inspectEveryDays: Number(k.inspectEveryDays) })),
		facilities,
		summary: {
			total: facilities.length,
			inspected: share.inspected,
			working: share.working,
			shareWorking: share.share,
			broken: facilities.filter((f) => f.condition === 'broken').length,
			baitTaken: facilities.filter((f) => f.condition === 'bait_taken').length,
			overdue: facilities.filter((f) => f.overdue).length
		}
	};
}

async function findFacility(db: Reader, id: string, on: string, lang: Lang): Promise<FacilityView> {
	const query = buildFacilityListQuery({ id });
	const [row] = await db.query<FacilityRow>(query.sql, query.params);
	if (!row) throw new NotFoundError(say(lang, `没有设施 ${id}`, `no facility ${id}`));
	return toView(row, on);
}

/** `GET /api/facilities/:id`: one facility with its inspections, newest first. */
export async function getFacility(
	db: Database,
	id: string,
	now: Date,
	lang: Lang
): Promise<FacilityDetail> {
	const on = await judgeDay(db, undefined, now);
	const view = await findFacility(db, id, on, lang);
	const inspections = await db.query<FacilityInspectionView & Record<string, unknown>>(
		FACILITY_INSPECTIONS_SQL,
		{ id }
	);
	return { ...view, inspections };
}

async function checkKind(tx: Reader, code: string, lang: Lang): Promise<{ bait: boolean }> {
	const [kind] = await tx.query<{ code: string; bait: boolean }>(FACILITY_KIND_SQL, { code });
	if (!kind) {
		const kinds = await tx.query<{ code: string; nameZh: string }>(FACILITY_KINDS_SQL);
		throw new AppError(
			422,
			'unknown_kind',
			say(
				lang,
				`没有设施类型“${code}”，可选：${kinds.map((k) => `${k.code}（${k.nameZh}）`).join('、')}`,
				`no facility kind "${code}"; choose one of ${kinds.map((k) => k.code).join(', ')}`
			),
			{ kinds: kinds.map((k) => k.code) }
		);
	}
	return kind;
}

async function unitName(tx: Reader, unitId: string | null, lang: Lang): Promise<string | null> {
	if (!unitId) return null;
	const [unit] = await tx.query<{ id: string; name: string }>(FRONTAGE_UNIT_NAME_SQL, {
		id: unitId
	});
	if (!unit) {
		throw new AppError(
			422,
			'unknown_unit',
			say(
				lang,
				`没有门前三包单位 ${unitId}，请从单位名录中选择或留空`,
				`no frontage unit ${unitId}; pick one from the registry or leave it empty`
			)
		);
	}
	return unit.name;
}

type StoredFacility = {
	id: string;
	kind: string;
	name: string;
	unitId: string | null;
	owner: string | null;
	lng: number;
	lat: number;
	zoneId: string | null;
	gridId: string | null;
	installedOn: string | null;
	status: FacilityStatus;
};

async function storedFacility(tx: Reader, id: string, lang: Lang): Promise<StoredFacility> {
	const [row] = await tx.query<StoredFacility & Record<string, unknown>>(FACILITY_ROW_SQL, { id });
	if (!row) throw new NotFoundError(say(lang, `没有设施 ${id}`, `no facility ${id}`));
	return { ...row };
}

/** The stored row's parameters: what was sent, placed in its community and grid. */
function rowParams(
	id: string,
	f:
		| Omit<StoredFacility, 'id' | 'zoneId' | 'gridId'>
		| (CreateFacilityBody & { status: FacilityStatus }),
	place: { zoneId: string | null; gridId: string | null },
	at: string
) {
	return {
		id,
		kind: f.kind,
		name: f.name,
		unitId: f.unitId ?? null,
		owner: f.owner || null,
		lng: f.lng,
		lat: f.lat,
		zoneId: place.zoneId,
		gridId: place.gridId,
		installedOn: f.installedOn ?? null,
		status: f.status,
		at
	};
}

/** `POST /api/facilities`: a new facility, placed in its community and grid. */
/** Who writes, when, and in which language the refusals are worded: every write here takes it. */
export interface FacilityWrite {
	actor: Actor;
	now: Date;
	lang: Lang;
}

export async function createFacility(
	db: Database,
	write: FacilityWrite,
	body: CreateFacilityBody
): Promise<FacilityView> {
	const { actor, now, lang } = write;
	const id = `fac-${crypto.randomUUID().slice(0, 8)}`;
	const at = formatLocalTime(now);
	const enrich = await loadZoneEnricher(db);
	await db.transaction(async (tx) => {
		await checkKind(tx, body.kind, lang);
		await unitName(tx, body.unitId ?? null, lang);
		const place = enrich(body.lng, body.lat);
		await tx.run(INSERT_FACILITY_SQL, rowParams(id, { ...body, status: 'active' }, place, at));
		await recordAudit(tx, actor, {
			...DATA_WRITES.facilityCreate,
			entityId: id,
			after: await storedFacility(tx, id, lang)
		});
	});
	return findFacility(db, id, await judgeDay(db, undefined, now), lang);
}

/** `PUT /api/facilities/:id`: changes what is sent; `status: removed` takes it out of service. */
export async function updateFacility(
	db: Database,
	write: FacilityWrite,
	id: string,
	body: UpdateFacilityBody
): Promise<FacilityView> {
	const { actor, now, lang } = write;
	const at = formatLocalTime(now);
	const enrich = await loadZoneEnricher(db);
	await db.transaction(async (tx) => {
		const before = await storedFacility(tx, id, lang);
		const next = {
			...before,
			...Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined))
		} as StoredFacility;
		if (body.kind !== undefined) await checkKind(tx, next.kind, lang);
		if (body.unitId !== undefined) await unitName(tx, next.unitId ?? null, lang);
		const place = enrich(next.lng, next.lat);
		await tx.run(UPDATE_FACILITY_SQL, rowParams(id, next, place, at));
		await recordAudit(tx, actor, {
			...DATA_WRITES.facilityUpdate,
			entityId: id,
			before,
			after: await storedFacility(tx, id, lang)
		});
	});
	return findFacility(db, id, await judgeDay(db, undefined, now), lang);
}

/**
 * `POST /api/facilities/:id/inspections`: what a team found. Bait taken is asked only of a
 * bait-station kind (elsewhere it is stored as null); a missing facility cannot be working.
 */
export async function recordFacilityInspection(
	db: Database,
	write: FacilityWrite,
	id: string,
	body: FacilityInspectionBody
): Promise<FacilityInspectionView> {
	const { actor, now, lang } = write;
	const inspectionId = `fi-${crypto.randomUUID().slice(0, 8)}`;
	const createdAt = formatLocalTime(now);
	await db.transaction(async (tx) => {
		const facility = await storedFacility(tx, id, lang);
		if (facility.status !== 'active') {
			throw new AppError(
				409,
				'facility_removed',
				say(
					lang,
					`设施 ${id} 已撤除，不能再登记检查`,
					`facility ${id} is removed; it takes no inspections`
				)
			);
		}
		const kind = await checkKind(tx, facility.kind, lang);
		await tx.run(INSERT_FACILITY_INSPECTION_SQL, {
			id: inspectionId,
			facilityId: id,
			at: body.at ?? createdAt,
			inspector: actor.username,
			present: body.present,
			working: body.present && body.working,
			baitTaken: kind.bait && body.present ? (body.baitTaken ?? false) : null,
			note: body.note || null,
			createdAt
		});
		const [after] = await tx.query(FACILITY_INSPECTION_SQL, { id: inspectionId });
		await recordAudit(tx, actor, {
			...DATA_WRITES.facilityInspect,
			entityId: id,
			after
		});
	});
	const [view] = await db.query<FacilityInspectionView & Record<string, unknown>>(
		FACILITY_INSPECTION_SQL,
		{ id: inspectionId }
	);
	return view;
}
