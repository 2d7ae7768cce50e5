/**
 * Cases as the API reads them (issue 14, design.md §3): one view for the list, the detail and
 * every write's answer, with overdue and due-soon computed from `now`, never stored.
 */
import { AREA_BOUND_ROLES } from '../contract/accounts';
import { isOpenCaseStatus } from '../contract/case-states';
import type { CaseOriginKind } from '../contract/case-sources';
import type {
	CaseDetail,
	CaseFilters,
	CaseHistoryRow,
	CaseView,
	ListCasesQuery
} from '../contract/cases';
import type { Database, Transaction } from '../db/database';
import { caseDeadline } from '../domain/calendar/case-deadline';
import { isDueSoon } from '../domain/calendar/deadline-clock';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import type { CaseActor, CaseState } from '../domain/cases/case-state';
import { actionsFor } from '../domain/cases/workflow';
import { ForbiddenError, NotFoundError } from '../errors';
import { quoteValue } from '../contract/quote';
import {
	buildCaseListQuery,
	CASE_BY_ID_SQL,
	CASE_HISTORY_SQL,
	CASE_LINKS_SQL,
	MERGED_CHILDREN_SQL,
	RESPONSIBLE_SQL
} from '../queries/cases';
import { BLIND_SPOT_CATEGORY_LIST_SQL } from '../queries/meta';
import { DISPATCH_HOLDERS_SQL } from '../queries/responsibilities';
import { pickDispatchHolder, type DispatchHolder } from '../domain/registry/dispatch-order';
import type { Actor } from './actor';

/** A row of CASE_ROWS_SQL: the view's stored columns and the zones the case lies in. */
export type CaseRow = Record<string, unknown> &
	Omit<CaseView, 'overdue' | 'due_soon' | 'overdue_days' | 'photos' | 'merged' | 'origin'> & {
		areas: string[];
	};

type Reader = Pick<Transaction, 'query'>;

/** The zones bounding an actor's reads and writes, or null for the whole town. */
export function boundZones(actor: Pick<Actor, 'role' | 'zones'>): readonly string[] | null {
	return AREA_BOUND_ROLES.includes(actor.role) && actor.zones.length ? actor.zones : null;
}

export const caseActorOf = (actor: Actor): CaseActor => ({
	username: actor.username,
	role: actor.role,
	zones: actor.zones
});

/** The workflow's view of a stored case. */
export function caseStateOf(row: CaseRow): CaseState {
	return {
		id: row.id,
		status: row.status,
		areas: row.areas,
		assignee: row.assignee,
		unit: row.assignee_unit,
		handledBy: row.handled_by,
		handledAt: row.handled_at,
		closedAt: row.closed_at,
		deadline: row.deadline,
		reworkCount: row.rework_count,
		escalations: row.escalations,
		mergedInto: row.merged_into
	};
}

function toView(
	row: CaseRow,
	links: { kind: string; ref: string }[],
	merged: string[],
	now: string,
	calendar: WorkingCalendar
): CaseView {
	const d = caseDeadline({ status: row.status, dueAt: row.deadline, closedAt: row.closed_at }, now);
	const origin = links.find(
		(l) => l.kind === 'spray_stop' || l.kind === 'patrol_check' || l.kind === 'inspection'
	);
	return {
		id: row.id,
		category: row.category,
		description: row.description,
		status: row.status,
		source: row.source,
		source_text: row.source_text,
		priority: row.priority,
		reporter: row.reporter,
		reported_at: row.reported_at,
		deadline: row.deadline,
		overdue: d.overdue,
		due_soon:
			isOpenCaseStatus(row.status) && row.deadline !== null
				? isDueSoon(row.deadline, now, calendar)
				: false,
		overdue_days: d.overdueDays,
		assignee: row.assignee,
		assignee_unit: row.assignee_unit,
		zone: row.zone,
		grid: row.grid,
		segment: row.segment,
		lng: row.lng,
		lat: row.lat,
		handled_by: row.handled_by,
		handled_at: row.handled_at,
		closed_at: row.closed_at,
		rework_count: row.rework_count,
		escalations: row.escalations,
		merged_into: row.merged_into,
		photos: links.filter((l) => /^photo(_before|_after)?$/.test(l.kind)).map((l) => l.ref),
		merged,
		origin: origin ? { kind: origin.kind as CaseOriginKind, id: origin.ref } : null
	};
}

/** Views of stored rows, with their photos, links and merged duplicates read in two queries. */
export async function viewsOf(
	db: Reader,
	rows: readonly CaseRow[],
	now: string,
	calendar: WorkingCalendar
): Promise<CaseView[]> {
	if (!rows.length) return [];
	const ids = JSON.stringify(rows.map((r) => r.id));
	const links = await db.query<{ case_id: string; kind: string; ref: string }>(CASE_LINKS_SQL, {
		ids
	});
	const children = await db.query<{ id: string; merged_into: string }>(MERGED_CHILDREN_SQL, {
		ids
	});
	return rows.map((r) =>
		toView(
			r,
			links.filter((l) => l.case_id === r.id),
			children.filter((c) => c.merged_into === r.id).map((c) => c.id),
			now,
			calendar
		)
	);
}

/** One stored case; 404 when there is none, 403 outside an area-bound actor's zones. */
export async function loadCaseRow(db: Reader, id: string, actor?: Actor): Promise<CaseRow> {
	const [row] = await db.query<CaseRow>(CASE_BY_ID_SQL, { id });
	if (!row) throw new NotFoundError(`no case ${quoteValue(id)}`);
	const zones = actor && boundZones(actor);
	if (zones && !zones.some((z) => row.areas.includes(z))) {
		throw new ForbiddenError('该案件不在您负责的区域内 (the case lies outside your zones).');
	}
	return row;
}

export async function readCaseView(
	db: Reader,
	id: string,
	now: string,
	calendar: WorkingCalendar
): Promise<CaseView> {
	const [view] = await viewsOf(db, [await loadCaseRow(db, id)], now, calendar);
	return view;
}

/** `GET /api/cases`: a page and the total; area-bound roles see their zones only. */
export async function listCases(
	db: Database,
	actor: Actor,
	query: ListCasesQuery,
	now: string,
	calendar: WorkingCalendar
): Promise<{ cases: CaseView[]; total: number }> {
	const { limit, offset, lang: _lang, ...filters } = query;
	const q = buildCaseListQuery(filters, now, boundZones(actor), { limit, offset });
	const rows = await db.query<CaseRow>(q.sql, q.params);
	const [{ n }] = await db.query<{ n: number }>(q.countSql, q.params);
	return { cases: await viewsOf(db, rows, now, calendar), total: n };
}

/** Every case matching the filters (exports; capped by the caller). */
export async function findCases(
	db: Database,
	actor: Actor,
	filters: Partial<CaseFilters>,
	now: string,
	calendar: WorkingCalendar
): Promise<CaseView[]> {
	const q = buildCaseListQuery(filters, now, boundZones(actor), null);
	return viewsOf(db, await db.query<CaseRow>(q.sql, q.params), now, calendar);
}

/**
 * The person a case is proposed to (issue 14 item 3, issue 15 item 1): the registry's current
 * holder of the frontage unit whose check opened it, else of its road segment, else of that
 * segment's whole road, else of its grid, else of its community (then the community's parents);
 * a holder with an account is proposed by the account, else by name or unit. With no registry
 * row on any of these, the zones' free-text `responsible` of grid, then community, as before.
 */
export async function proposedAssignee(db: Reader, row: CaseRow): Promise<string | null> {
	const zoneIds = [row.grid, row.zone, ...row.areas].filter(
		(x, i, all): x is string => x !== null && all.indexOf(x) === i
	);
	const holders = await db.query<DispatchHolder & Record<string, unknown>>(DISPATCH_HOLDERS_SQL, {
		caseId: row.id,
		segment: row.segment,
		zones: JSON.stringify(zoneIds)
	});
	const chosen = pickDispatchHolder(holders, zoneIds);
	if (chosen) return chosen.username ?? chosen.person ?? chosen.unit;
	const ids = [row.grid, row.zone].filter((x): x is string => x !== null);
	if (!ids.length) return null;
	const found = await db.query<{ id: string; responsible: string }>(RESPONSIBLE_SQL, {
		ids: JSON.stringify(ids)
	});
	for (const id of ids) {
		const hit = found.find((f) => f.id === id);
		if (hit) return hit.responsible;
	}
	return null;
}

/** `GET /api/cases/{id}`: the case, its history, what the caller may do and whom to send it to. */
export async function readCaseDetail(
	db: Database,
	actor: Actor,
	id: string,
	now: string,
	calendar: WorkingCalendar
): Promise<CaseDetail> {
	const row = await loadCaseRow(db, id, actor);
	const [view] = await viewsOf(db, [row], now, calendar);
	const history = await db.query<CaseHistoryRow & Record<string, unknown>>(CASE_HISTORY_SQL, {
		id
	});
	return {
		...view,
		history,
		actions: actionsFor(caseStateOf(row), caseActorOf(actor)),
		proposed_assignee: await proposedAssignee(db, row)
	};
}

/** Category names by code in one language (exports). */
export async function categoryNames(db: Database, lang: 'zh-CN' | 'en') {
	const rows = await db.query<{ code: string; nameZh: string; nameEn: string }>(
		BLIND_SPOT_CATEGORY_LIST_SQL
	);
	return new Map(rows.map((k) => [k.code, lang === 'en' ? k.nameEn : k.nameZh]));
}
