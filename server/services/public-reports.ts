/**
 * The public pages' services (issue 14 item 11): a resident's report arrives as a case
 * `reported` with source `resident` (createCase, audited as `system:resident`); the look-up
 * and the notice board read only what contract/public-board.ts names.
 */
import type { BoardAnswer, BoardCase, PublicCaseState, PublicTown } from '../contract/public-board';
import type { ResidentReport } from '../contract/public-reports';
import type { Database } from '../db/database';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { boardPosition } from '../domain/public/board-position';
import { AppError, NotFoundError } from '../errors';
import { BLIND_SPOT_CATEGORY_LIST_SQL, ZONES_EXTENT_SQL } from '../queries/meta';
import { BOARD_CASES_SQL, DEMO_AS_OF_DAY_SQL, PUBLIC_CASE_STATE_SQL } from '../queries/public';
import { residentActor } from './actor';
import { createCase } from './case-reports';

/** Most cases the board lists; a town's month holds far fewer. */
export const MAX_BOARD_CASES = 5_000;

type Extent = { w: number | null; s: number; e: number; n: number };

/** The town's name, extent and report categories, for the public pages. */
export async function publicTown(db: Database): Promise<PublicTown> {
	const [box] = await db.query<Extent>(ZONES_EXTENT_SQL);
	const [name] = await db.query<{ value: string }>(
		"SELECT value FROM dataset_meta WHERE key = 'name'"
	);
	const categories = await db.query<{ code: string; nameZh: string; nameEn: string }>(
		BLIND_SPOT_CATEGORY_LIST_SQL
	);
	return {
		name: name?.value ?? '',
		extent: box && box.w !== null ? [box.w, box.s, box.e, box.n] : null,
		categories: categories.map(({ code, nameZh, nameEn }) => ({ code, nameZh, nameEn }))
	};
}

/** 422 unless the point lies inside the envelope of the town's zones. */
export async function assertInsideTown(db: Database, lng: number, lat: number): Promise<void> {
	const [box] = await db.query<{ w: number; s: number; e: number; n: number }>(ZONES_EXTENT_SQL);
	const inside =
		box && box.w !== null && lng >= box.w! && lng <= box.e && lat >= box.s && lat <= box.n;
	if (!inside) {
		throw new AppError(
			422,
			'outside_town',
			'该位置不在本镇范围内，请在地图上重新选择 (the place lies outside the town).',
			{ lng, lat }
		);
	}
}

/** What the office reads of a report: the description, then the contact on its own line. */
function staffDescription(report: ResidentReport): string {
	const text = report.description?.trim() ?? '';
	const contact = report.contact?.trim();
	return contact ? `${text}\n（居民联系方式：${contact}）`.trim() : text;
}

export async function submitResidentReport(
	db: Database,
	report: ResidentReport,
	photoIds: readonly string[],
	request: { requestId: string; address: string | null },
	clock: { now: Date; nowLocal: string; calendar: WorkingCalendar }
): Promise<{ caseNumber: string; status: 'reported' }> {
	const actor = residentActor(request.requestId, request.address);
	const { body } = await createCase(
		db,
		actor,
		{
			category: report.category,
			description: staffDescription(report),
			lng: report.lng,
			lat: report.lat,
			source: 'resident',
			photos: [...photoIds]
		},
		clock
	);
	return { caseNumber: (body as { id: string }).id, status: 'reported' };
}

export async function publicCaseState(db: Database, caseNumber: string): Promise<PublicCaseState> {
	const [row] = await db.query<PublicCaseState>(PUBLIC_CASE_STATE_SQL, { id: caseNumber.trim() });
	if (!row) throw new NotFoundError('没有这个编号的问题，请核对编号 (no case with this number).');
	return row;
}

const dayBefore = (day: string, days: number) =>
	new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/**
 * The last `days` days' cases, ending today. The demo town's clock stopped on its `cases_as_of`
 * day, so its window starts `days` before that and runs on to today (new reports included).
 */
export async function boardCases(db: Database, days: number, today: string): Promise<BoardAnswer> {
	const to = today;
	const [demo] = await db.query<{ day: string }>(DEMO_AS_OF_DAY_SQL);
	const from = dayBefore(demo && demo.day < today ? demo.day : today, days - 1);
	const rows = await db.query<BoardCase>(BOARD_CASES_SQL, { from, to, limit: MAX_BOARD_CASES });
	return {
		from,
		to,
		cases: rows.map((r) => ({
			id: r.id,
			category: r.category,
			status: r.status,
			reportedOn: r.reportedOn,
			closedOn: r.closedOn ?? null,
			...boardPosition(r.lng, r.lat)
		}))
	};
}
