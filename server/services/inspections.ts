/**
 * `POST /api/inspections` (issue 16 item 2, lane B): one 环卫考核 inspection of a road section
 * (C1–C4 less its deductions) or of a key group's key area (100 less its deductions). The
 * score is computed here (domain/assessment/score.ts), never taken from the phone. The
 * inspection copies its group, road, cleaning unit (the registry's holder now) and community,
 * and each deduction the points it costs now. A deduction marked 同时立案 opens a case of the
 * item's category at its place through the case service's insertNewCase, linked both ways
 * (case_links `inspection`, inspection_deductions.case_id). All in one transaction with its
 * audit rows; a resent Idempotency-Key answers the first result and writes nothing.
 */
import { along, length, lineString, point, pointToLineDistance } from '@turf/turf';
import type { LineString } from 'geojson';
import type { DeductionItem, SectionItem } from '../contract/assessment';
import type { CreateInspectionBody, ListInspectionsQuery } from '../contract/inspection-requests';
import {
	deductionPhotoField,
	MAX_DEDUCTION_PHOTOS,
	type InspectionDeductionView,
	type InspectionListRow,
	type InspectionView
} from '../contract/inspections';
import type { Database, Transaction } from '../db/database';
import { inspectionScore } from '../domain/assessment/score';
import { sectionLine, sectionSpans } from '../domain/assessment/sections';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { BadRequestError, NotFoundError } from '../errors';
import { loadPointEnricher } from '../ingest/enrichment-store';
import {
	CLEANING_UNIT_SQL,
	DEDUCTION_ITEMS_SQL,
	DEDUCTIONS_OF_SQL,
	INSERT_DEDUCTION_SQL,
	INSERT_INSPECTION_SQL,
	INSPECTION_BY_ID_SQL,
	KEY_AREA_FOR_INSPECTION_SQL,
	LIST_INSPECTIONS_SQL,
	SEGMENT_FOR_INSPECTION_SQL,
	ZONE_KIND_SQL
} from '../queries/inspections';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import { insertNewCase } from './case-reports';
import { readCaseView } from './cases';
import { replayIdempotentResponse, storeIdempotentResponse } from './idempotency';
import { phoneTime } from './patrols';
import { readPhotoParts } from './photo-parts';
import { deletePhotos, type PhotoRecord } from './photos';

type Reader = Pick<Transaction, 'query'>;

export interface InspectionClock {
	nowLocal: string;
	calendar: WorkingCalendar;
	idempotencyKey?: string;
}

const newInspectionId = (at: string) =>
	`I${at.slice(0, 10).replace(/-/g, '')}-${crypto.randomUUID().slice(0, 8).toUpperCase()}`;

const invalid = (parameter: string, message: string) =>
	new BadRequestError(message, { issues: [{ parameter, message }] });

/** What the inspection is about, worked out before anything is written. */
interface Subject {
	form: 'section' | 'area';
	groupId: string | null;
	groupName: string | null;
	segmentId: string | null;
	roadId: string | null;
	roadName: string | null;
	fromM: number | null;
	toM: number | null;
	section: string | null;
	zoneId: string | null;
	line: LineString | null;
	/** The section's midpoint or the key area's centre. */
	centre: { lng: number; lat: number };
	label: string;
}

async function sectionSubject(db: Reader, body: CreateInspectionBody): Promise<Subject> {
	if (body.segment_id === undefined || body.section_index === undefined) {
		throw invalid(
			'segment_id',
			'请选择路段 (a section inspection needs segment_id and section_index)'
		);
	}
	if (!body.marks) throw invalid('marks', '请为 C1–C4 打分 (a section needs its marks c1–c4)');
	if (body.zone_id !== undefined) {
		throw invalid('zone_id', 'zone_id belongs to the area form, not to a section');
	}
	const [seg] = await db.query<{
		id: string;
		name: string;
		roadId: string;
		lengthM: number;
		geometry: string;
		groupId: string | null;
		groupName: string | null;
	}>(SEGMENT_FOR_INSPECTION_SQL, { id: body.segment_id });
	if (!seg) throw new NotFoundError(`没有这个路段 (no road segment ${body.segment_id})`);
	const span = sectionSpans(seg.id, seg.lengthM)[body.section_index];
	if (!span) {
		throw invalid(
			'section_index',
			`该路段没有第 ${body.section_index + 1} 段 (segment ${seg.id} has no section ${body.section_index})`
		);
	}
	const line = sectionLine(JSON.parse(seg.geometry) as LineString, span);
	const feature = lineString(line.coordinates);
	const [lng, lat] = along(feature, length(feature, { units: 'meters' }) / 2, { units: 'meters' })
		.geometry.coordinates;
	return {
		form: 'section',
		groupId: seg.groupId,
		groupName: seg.groupName,
		segmentId: seg.id,
		roadId: seg.roadId,
		roadName: seg.name,
		fromM: span.fromM,
		toM: span.toM,
		section: span.id,
		zoneId: null,
		line,
		centre: { lng, lat },
		label: `${seg.name} ${Math.round(span.fromM)}–${Math.round(span.toM)} m`
	};
}

async function areaSubject(db: Reader, body: CreateInspectionBody): Promise<Subject> {
	if (body.zone_id === undefined) {
		throw invalid('zone_id', '请选择重点区域 (an area inspection needs zone_id, a key area)');
	}
	if (body.marks || body.segment_id !== undefined || body.section_index !== undefined) {
		throw invalid(
			'marks',
			'重点区域按扣分法考核，不打 C1–C4 分 (the area form takes no marks or section)'
		);
	}
	const [area] = await db.query<{
		id: string;
		name: string;
		lng: number;
		lat: number;
		groupId: string;
		groupName: string;
	}>(KEY_AREA_FOR_INSPECTION_SQL, { id: body.zone_id });
	if (!area) {
		throw new NotFoundError(
			`没有以此为重点区域的重点路组 (no key group has ${body.zone_id} as its key area)`
		);
	}
	return {
		form: 'area',
		groupId: area.groupId,
		groupName: area.groupName,
		segmentId: null,
		roadId: null,
		roadName: null,
		fromM: null,
		toM: null,
		section: null,
		zoneId: area.id,
		line: null,
		centre: { lng: area.lng, lat: area.lat },
		label: area.name
	};
}

export async function loadDeductionItems(db: Reader): Promise<DeductionItem[]> {
	return db.query<DeductionItem & Record<string, unknown>>(DEDUCTION_ITEMS_SQL);
}

/** The catalogue rows the deductions name, each checked for use on this form. */
async function deductionItemsFor(
	db: Reader,
	form: Subject['form'],
	body: CreateInspectionBody
): Promise<Map<string, DeductionItem>> {
	const items = new Map((await loadDeductionItems(db)).map((i) => [i.code, i]));
	for (const [i, d] of body.deductions.entries()) {
		const item = items.get(d.item);
		const at = `deductions[${i}].item`;
		if (!item) throw invalid(at, `没有这个扣分项 (no deduction item ${d.item})`);
		if (!item.active) throw invalid(at, `扣分项“${item.nameZh}”已停用 (${d.item} is retired)`);
		if (item.scope !== 'both' && item.scope !== form) {
			throw invalid(
				at,
				`扣分项“${item.nameZh}”不用于此表 (${d.item} is not used on the ${form} form)`
			);
		}
		if (d.open_case && !item.caseCategory) {
			throw invalid(
				`deductions[${i}].open_case`,
				`扣分项“${item.nameZh}”没有对应的案件类别，不能立案 (${d.item} has no case category)`
			);
		}
	}
	return items;
}

async function cleaningUnitOf(tx: Reader, s: Subject): Promise<string | null> {
	const [row] = await tx.query<{ unit: string }>(CLEANING_UNIT_SQL, {
		segment: s.segmentId,
		road: s.roadId,
		zone: s.zoneId
	});
	return row?.unit ?? null;
}

export async function readInspection(db: Reader, id: string): Promise<InspectionView | null> {
	const [row] = await db.query<
		Omit<InspectionView, 'marks' | 'line' | 'deductions'> & {
			c1: number | null;
			c2: number | null;
			c3: number | null;
			c4: number | null;
			segmentGeometry: string | null;
		}
	>(INSPECTION_BY_ID_SQL, { id });
	if (!row) return null;
	const deductions = (
		await db.query<Omit<InspectionDeductionView, 'photoIds'> & { photoIds: string }>(
			DEDUCTIONS_OF_SQL,
			{ id }
		)
	).map((d) => ({ ...d, photoIds: d.photoIds ? d.photoIds.split(',') : [] }));
	const { c1, c2, c3, c4, segmentGeometry, ...rest } = row;
	// The section's line is cut from the segment's geometry as stored now (fromM..toM).
	const line =
		segmentGeometry && row.fromM !== null && row.toM !== null
			? (sectionLine(JSON.parse(segmentGeometry) as LineString, {
					fromM: row.fromM,
					toM: row.toM
				}) as InspectionView['line'])
			: null;
	return {
		...rest,
		marks: c1 === null ? null : { c1, c2: c2!, c3: c3!, c4: c4! },
		line,
		deductions
	};
}

export async function listInspections(
	db: Reader,
	q: ListInspectionsQuery
): Promise<{ inspections: InspectionListRow[] }> {
	const rows = await db.query<
		Omit<InspectionListRow, 'marks'> & {
			c1: number | null;
			c2: number | null;
			c3: number | null;
			c4: number | null;
		}
	>(LIST_INSPECTIONS_SQL, {
		from: q.from ?? null,
		to: q.to ?? null,
		segment: q.segment ?? null,
		road: q.road ?? null,
		group: q.group ?? null,
		inspector: q.inspector ?? null,
		limit: q.limit
	});
	return {
		inspections: rows.map(({ c1, c2, c3, c4, ...r }) => ({
			...r,
			caseIds: [...(r.caseIds ?? [])],
			marks: c1 === null ? null : { c1, c2: c2!, c3: c3!, c4: c4! }
		}))
	};
}

export async function readInspectionFor(db: Reader, id: string): Promise<InspectionView> {
	const view = await readInspection(db, id);
	if (!view) throw new NotFoundError(`没有这次考核 (no inspection ${id})`);
	return view;
}

export async function createInspection(
	db: Database,
	actor: Actor,
	body: CreateInspectionBody,
	clock: InspectionClock
): Promise<{ status: number; body: unknown }> {
	const earlier = await replayIdempotentResponse(db, actor.username, clock.idempotencyKey);
	if (earlier) return earlier;
	const at = phoneTime(body.inspected_at, clock.nowLocal, 'inspected_at');
	if ((body.lng === undefined) !== (body.lat === undefined)) {
		throw invalid('lng', 'lng 与 lat 须同时给出 (give both lng and lat, or neither)');
	}
	return db.transaction(async (tx) => {
		const raced = await replayIdempotentResponse(tx, actor.username, clock.idempotencyKey);
		if (raced) return raced;
		const subject =
			body.form === 'section' ? await sectionSubject(tx, body) : await areaSubject(tx, body);
		const items = await deductionItemsFor(tx, subject.form, body);
		const recorded = body.deductions.map((d) => ({
			item: d.item,
			points: items.get(d.item)!.points,
			count: d.count
		}));
		const marks = body.form === 'section' ? (body.marks as Record<SectionItem, number>) : null;
		const score = inspectionScore(subject.form, marks, recorded);
		const position =
			body.lng !== undefined && body.lat !== undefined
				? { lng: body.lng, lat: body.lat }
				: subject.centre;
		const place = (await loadPointEnricher(tx))(subject.centre.lng, subject.centre.lat);
		let communityId: string | null = null;
		if (place.zoneId) {
			const [zone] = await tx.query<{ kind: string }>(ZONE_KIND_SQL, { id: place.zoneId });
			if (zone && (zone.kind === 'community' || zone.kind === 'village'))
				communityId = place.zoneId;
		}
		const id = newInspectionId(at);
		await tx.run(INSERT_INSPECTION_SQL, {
			id,
			form: subject.form,
			level: body.level,
			groupId: subject.groupId,
			groupName: subject.groupName,
			segmentId: subject.segmentId,
			roadId: subject.roadId,
			roadName: subject.roadName,
			fromM: subject.fromM,
			toM: subject.toM,
			section: subject.section,
			zoneId: subject.zoneId ?? place.gridId,
			communityId,
			cleaningUnit: await cleaningUnitOf(tx, subject),
			inspector: actor.username,
			inspectedAt: at,
			c1: marks?.c1 ?? null,
			c2: marks?.c2 ?? null,
			c3: marks?.c3 ?? null,
			c4: marks?.c4 ?? null,
			base: score.base,
			deducted: score.deducted,
			score: score.score,
			note: body.note?.trim() || null,
			lng: position.lng,
			lat: position.lat,
			key: clock.idempotencyKey ?? null,
			createdAt: clock.nowLocal
		});
		for (const [seq, d] of body.deductions.entries()) {
			const item = items.get(d.item)!;
			const photos = [...new Set(d.photos ?? [])];
			const where =
				d.lng !== undefined && d.lat !== undefined ? { lng: d.lng, lat: d.lat } : position;
			const note = d.note?.trim() || null;
			let caseId: string | null = null;
			if (d.open_case) {
				const view = await insertNewCase(
					tx,
					actor,
					{
						category: item.caseCategory!,
						description: `考核扣分：${item.nameZh} ×${d.count}（${subject.label}，考核 ${id}）${note ? `。${note}` : ''}`,
						lng: where.lng,
						lat: where.lat,
						source: 'inspection',
						reported_at: at,
						photos,
						origin: { kind: 'inspection', id }
					},
					clock
				);
				caseId = view.id;
				const after = await readCaseView(tx, caseId, clock.nowLocal, clock.calendar);
				await recordAudit(tx, actor, {
					action: 'case.create',
					entity: 'case',
					entityId: caseId,
					after
				});
			}
			await tx.run(INSERT_DEDUCTION_SQL, {
				id,
				seq: seq + 1,
				item: d.item,
				points: item.points,
				count: d.count,
				note,
				photos: photos.join(','),
				lng: d.lng ?? null,
				lat: d.lat ?? null,
				caseId
			});
		}
		const view = (await readInspection(tx, id))!;
		await recordAudit(tx, actor, {
			action: 'inspection.create',
			entity: 'inspection',
			entityId: id,
			after: view
		});
		return storeIdempotentResponse(tx, actor.username, clock.idempotencyKey, {
			status: 201,
			body: view
		});
	});
}

/**
 * An inspection sent from the phone as multipart/form-data: the JSON in `body`, deduction
 * `i`'s photos as files in `d{i}` (0–4 each). The photos are stored first and their ids put
 * on their deductions; a refused inspection deletes them again.
 */
export async function createInspectionWithPhotos(
	db: Database,
	actor: Actor,
	form: FormData,
	body: CreateInspectionBody,
	clock: InspectionClock & { photosDir: string }
): Promise<{ status: number; body: unknown }> {
	const earlier = await replayIdempotentResponse(db, actor.username, clock.idempotencyKey);
	if (earlier) return earlier;
	const stored: PhotoRecord[] = [];
	try {
		const deductions = [];
		for (const [i, d] of body.deductions.entries()) {
			const records = await readPhotoParts(form, {
				root: clock.photosDir,
				field: deductionPhotoField(i),
				min: 0,
				max: MAX_DEDUCTION_PHOTOS
			});
			stored.push(...records);
			deductions.push({ ...d, photos: [...(d.photos ?? []), ...records.map((r) => r.id)] });
		}
		return await createInspection(db, actor, { ...body, deductions }, clock);
	} catch (error) {
		await deletePhotos(
			clock.photosDir,
			stored.map((p) => p.id)
		);
		throw error;
	}
}

/** Metres from a point to a line (the suggestions' distance). */
export function metresToLine(lng: number, lat: number, line: LineString): number {
	return pointToLineDistance(point([lng, lat]), lineString(line.coordinates), { units: 'meters' });
}
