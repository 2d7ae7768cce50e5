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
