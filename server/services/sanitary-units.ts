/**
 * 创建卫生单位 (issue 16 item 5): registry units (the 门前三包 ledger) marked as applying for or
 * holding the 卫生单位 title, with their assessments. Writes are audited in their transaction.
 */
import { randomUUID } from 'node:crypto';
import type { SanitaryTitle } from '../contract/assessment';
import type { SanitaryUnitView, SanitaryUnitsResponse } from '../contract/assessment-readiness';
import type {
	PostSanitaryAssessmentBody,
	PutSanitaryUnitBody
} from '../contract/assessment-readiness-requests';
import { DATA_WRITES } from '../contract/audit-actions';
import type { Database, Transaction } from '../db/database';
import { formatLocalTime } from '../domain/routing/local-time';
import { AppError, NotFoundError } from '../errors';
import type { Actor } from './actor';
import { recordAudit } from './audit';

type Lang = 'zh-CN' | 'en';
const say = (lang: Lang, zh: string, en: string) => (lang === 'en' ? en : zh);

const UNITS_SQL = `SELECT f.id AS unit_id, f.name, f.category, f.address, f.zone_id, f.lng, f.lat,
	f.retired_at IS NOT NULL AS retired, s.title, strftime(s.since, '%Y-%m-%d') AS since,
	strftime(a.assessed_on, '%Y-%m-%d') AS assessed_on, a.score, a.passed, a.note
	FROM frontage_units f
	LEFT JOIN sanitary_units s ON s.unit_id = f.id
	LEFT JOIN (SELECT * FROM sanitary_assessments
		QUALIFY row_number() OVER (PARTITION BY unit_id ORDER BY assessed_on DESC, created_at DESC, id DESC) = 1
	) a ON a.unit_id = f.id`;

type UnitRow = {
	unit_id: string;
	name: string;
	category: string;
	address: string | null;
	zone_id: string | null;
	lng: number;
	lat: number;
	retired: boolean;
	title: SanitaryTitle | null;
	since: string | null;
	assessed_on: string | null;
	score: number | null;
	passed: boolean | null;
	note: string | null;
};

function viewOf(r: UnitRow): SanitaryUnitView {
	return {
		unitId: r.unit_id,
		name: r.name,
		category: r.category,
		address: r.address,
		zoneId: r.zone_id,
		lng: r.lng,
		lat: r.lat,
		title: r.title,
		since: r.since,
		lastAssessment:
			r.assessed_on !== null
				? {
						assessedOn: r.assessed_on,
						score: Number(r.score),
						passed: Boolean(r.passed),
						note: r.note
					}
				: null
	};
}

/** `GET /api/sanitary-units`: every unit in use (and any retired one that kept a title). */
export async function listSanitaryUnits(db: Database): Promise<SanitaryUnitsResponse> {
	const rows = await db.query<UnitRow>(
		`${UNITS_SQL} WHERE f.retired_at IS NULL OR s.unit_id IS NOT NULL
		 ORDER BY s.title IS NULL, s.title DESC, f.name, f.id`
	);
	return { units: rows.map(viewOf) };
}

async function loadUnit(tx: Database | Transaction, id: string, lang: Lang): Promise<UnitRow> {
	const [row] = await tx.query<UnitRow>(`${UNITS_SQL} WHERE f.id = $id`, { id });
	if (!row) {
		throw new NotFoundError(
			say(lang, `门前三包台账中没有编号为 ${id} 的单位`, `no unit ${id} in the frontage ledger`)
		);
	}
	return row;
}

function refuseRetired(row: UnitRow, lang: Lang) {
	if (row.retired) {
		throw new AppError(
			409,
			'retired',
			say(lang, '该单位已注销，不能再评定', 'this unit has been retired and cannot be assessed')
		);
	}
}

/** `PUT /api/sanitary-units/{unitId}`: sets the title and since when; a null title removes it. */
export async function putSanitaryUnit(
	db: Database,
	actor: Actor,
	id: string,
	body: PutSanitaryUnitBody,
	now: Date,
	lang: Lang
): Promise<SanitaryUnitView> {
	await db.transaction(async (tx) => {
		const before = await loadUnit(tx, id, lang);
		if (body.title !== null) refuseRetired(before, lang);
		await tx.run(`DELETE FROM sanitary_units WHERE unit_id = $id`, { id });
		if (body.title !== null) {
			await tx.run(
				`INSERT INTO sanitary_units (unit_id, title, since, updated_by, updated_at)
				 VALUES ($id, $title, CAST($since AS DATE), $by, CAST($at AS TIMESTAMP))`,
				{
					id,
					title: body.title,
					since: body.since ?? null,
					by: actor.username,
					at: formatLocalTime(now)
				}
			);
		}
		const after = await loadUnit(tx, id, lang);
		await recordAudit(tx, actor, {
			...DATA_WRITES.sanitaryUnitUpdate,
			entityId: id,
			before: { title: before.title, since: before.since },
			after: { title: after.title, since: after.since }
		});
	});
	return viewOf(await loadUnit(db, id, lang));
}

/** `POST /api/sanitary-units/{unitId}/assessments`: records one assessment of the unit. */
export async function addSanitaryAssessment(
	db: Database,
	actor: Actor,
	id: string,
	body: PostSanitaryAssessmentBody,
	now: Date,
	lang: Lang
): Promise<SanitaryUnitView> {
	const today = formatLocalTime(now).slice(0, 10);
	if (body.assessedOn > today) {
		throw new AppError(
			422,
			'future_date',
			say(
				lang,
				`评定日期不能晚于今天（${today}）`,
				`the assessment date cannot be after today (${today})`
			)
		);
	}
	await db.transaction(async (tx) => {
		const unit = await loadUnit(tx, id, lang);
		refuseRetired(unit, lang);
		const assessment = {
			id: `SA-${randomUUID()}`,
			unitId: id,
			assessedOn: body.assessedOn,
			score: body.score,
			passed: body.passed,
			note: body.note ?? null
		};
		await tx.run(
			`INSERT INTO sanitary_assessments (id, unit_id, assessed_on, score, passed, assessor, note, created_at)
			 VALUES ($id, $unitId, CAST($assessedOn AS DATE), $score, $passed, $by, $note, CAST($at AS TIMESTAMP))`,
			{ ...assessment, by: actor.username, at: formatLocalTime(now) }
		);
		await recordAudit(tx, actor, {
			...DATA_WRITES.sanitaryAssessmentCreate,
			entityId: id,
			after: assessment
		});
	});
	return viewOf(await loadUnit(db, id, lang));
}
