/** What the phone page's forms produce, as outbox items (one uuid key each). */
import type { OutboxItem, PhotoField } from './outbox';
import { shanghaiNow, type TaskAction } from './tasks';

export interface ReportDraft {
	category: string;
	description: string;
	position: { lng: number; lat: number } | null;
	photos: File[];
}

type NewItem = Omit<OutboxItem, 'state' | 'attempts' | 'error' | 'photos' | 'order'>;
type Photos = { field: PhotoField; blob: Blob }[];

/** A report keeps the time it was made as `reported_at`, however late it is sent. */
export function reportItem(draft: ReportDraft, at = new Date()): { item: NewItem; photos: Photos } {
	const madeAt = shanghaiNow(at);
	const fields: Record<string, string> = { category: draft.category, reported_at: madeAt };
	if (draft.description) fields.description = draft.description;
	if (draft.position) {
		fields.lng = draft.position.lng.toFixed(6);
		fields.lat = draft.position.lat.toFixed(6);
	}
	return {
		item: { key: crypto.randomUUID(), kind: 'report', caseId: null, fields, madeAt },
		photos: draft.photos.map((blob) => ({ field: 'photos', blob }))
	};
}

/** 处置 sends its photos as `after`; a verification's photos are of the place after the work too. */
export function actionItem(
	caseId: string,
	action: TaskAction,
	note: string,
	photos: File[],
	at = new Date()
): { item: NewItem; photos: Photos } {
	const fields: Record<string, string> = { action };
	if (note) fields.note = note;
	return {
		item: { key: crypto.randomUUID(), kind: 'action', caseId, fields, madeAt: shanghaiNow(at) },
		photos: photos.map((blob) => ({ field: 'after', blob }))
	};
}

/** What the frontage check form produces (issue 15 item 3). */
export interface CheckDraft {
	unitId: string;
	unitName: string;
	result: 'pass' | 'fail';
	items: string[];
	measure: 'warn' | 'order' | null;
	deadline: string | null;
	note: string;
	photos: File[];
	patrolId: string | null;
	position: { lng: number; lat: number } | null;
}

/** A check keeps the time it was made as `checked_at`; its photos go as `photos`. */
export function checkItem(draft: CheckDraft, at = new Date()): { item: NewItem; photos: Photos } {
	const madeAt = shanghaiNow(at);
	const fields: Record<string, string> = { result: draft.result, checked_at: madeAt };
	if (draft.items.length) fields.items = draft.items.join(',');
	if (draft.measure) fields.measure = draft.measure;
	if (draft.deadline) fields.deadline = draft.deadline;
	if (draft.note) fields.note = draft.note;
	if (draft.patrolId) fields.patrol_id = draft.patrolId;
	if (draft.position) {
		fields.lng = draft.position.lng.toFixed(6);
		fields.lat = draft.position.lat.toFixed(6);
	}
	return {
		item: {
			key: crypto.randomUUID(),
			kind: 'check',
			caseId: null,
			fields,
			path: `/api/frontage/${encodeURIComponent(draft.unitId)}/checks`,
			label: draft.unitName,
			madeAt
		},
		photos: draft.photos.map((blob) => ({ field: 'photos', blob }))
	};
}

/** What the inspection form produces (issue 16 item 2): the JSON body and each deduction's photos. */
export interface InspectionDraft {
	/** The JSON of POST /api/inspections (without inspected_at, added here). */
	body: Record<string, unknown>;
	/** Photos per deduction, in the deductions' order. */
	photos: File[][];
	label: string;
}

/** An inspection keeps the time it was made as `inspected_at`; deduction i's photos go as `d{i}`. */
export function inspectionItem(
	draft: InspectionDraft,
	at = new Date()
): { item: NewItem; photos: Photos } {
	const madeAt = shanghaiNow(at);
	return {
		item: {
			key: crypto.randomUUID(),
			kind: 'inspection',
			caseId: null,
			fields: { body: JSON.stringify({ ...draft.body, inspected_at: madeAt }) },
			path: '/api/inspections',
			label: draft.label,
			madeAt
		},
		photos: draft.photos.flatMap((files, i) =>
			files.map((blob) => ({ field: `d${i}` as PhotoField, blob }))
		)
	};
}
