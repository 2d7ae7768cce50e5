/**
 * A report or action sent from the phone page with its photos (issue 14 items 5, 6): the
 * photos are checked and stored first (readPhotoParts), then the case is written with their
 * ids; if the write fails the photos are deleted again, so a refused report leaves no files.
 * A resend with the same `Idempotency-Key` answers the first result before any photo is read.
 */
import type { CaseActionBody, CreateCaseBody } from '../contract/cases';
import type { Database } from '../db/database';
import { BadRequestError } from '../errors';
import type { Actor } from './actor';
import { takeCaseAction, type ActionPhoto, type CaseClock } from './case-actions';
import { createCase } from './case-reports';
import { replayIdempotentResponse } from './idempotency';
import { readPhotoParts } from './photo-parts';
import { deletePhotos, type PhotoRecord } from './photos';

/** Most photos of one kind a report or action carries (issue 14: 1–6 from the camera). */
export const MAX_FIELD_PHOTOS = 6;

type ReportForm = Omit<CreateCaseBody, 'lng' | 'lat' | 'photos'> & { lng?: number; lat?: number };

/** The report's position: as sent, else the first photo that has an EXIF one. */
function positionOf(body: ReportForm, photos: PhotoRecord[]): { lng: number; lat: number } {
	if (body.lng !== undefined && body.lat !== undefined) return { lng: body.lng, lat: body.lat };
	const exif = photos.find((p) => p.exifLngLat)?.exifLngLat;
	if (exif) return { lng: exif[0], lat: exif[1] };
	throw new BadRequestError(
		'缺少位置：请定位或在地图上点选 (lng/lat missing and no photo carries a GPS position)',
		{
			issues: [{ parameter: 'lng', message: 'lng and lat are required when no photo has GPS' }]
		}
	);
}

async function withPhotos<T>(root: string, photos: PhotoRecord[], write: () => Promise<T>) {
	try {
		return await write();
	} catch (error) {
		await deletePhotos(
			root,
			photos.map((p) => p.id)
		);
		throw error;
	}
}

export async function createCaseWithPhotos(
	db: Database,
	actor: Actor,
	form: FormData,
	body: ReportForm,
	opts: Parameters<typeof createCase>[3] & { photosDir: string }
): Promise<{ status: number; body: unknown }> {
	const earlier = await replayIdempotentResponse(db, actor.username, opts.idempotencyKey);
	if (earlier) return earlier;
	const photos = await readPhotoParts(form, {
		root: opts.photosDir,
		field: 'photos',
		min: 1,
		max: MAX_FIELD_PHOTOS
	});
	return withPhotos(opts.photosDir, photos, async () => {
		const position = positionOf(body, photos);
		return createCase(db, actor, { ...body, ...position, photos: photos.map((p) => p.id) }, opts);
	});
}

export async function takeCaseActionWithPhotos(
	db: Database,
	actor: Actor,
	id: string,
	form: FormData,
	body: CaseActionBody,
	clock: CaseClock,
	opts: { photosDir: string; idempotencyKey?: string }
): Promise<unknown> {
	const earlier = await replayIdempotentResponse(db, actor.username, opts.idempotencyKey);
	if (earlier) return earlier.body;
	const stored: PhotoRecord[] = [];
	const linked: ActionPhoto[] = [];
	try {
		for (const kind of ['before', 'after'] as const) {
			const records = await readPhotoParts(form, {
				root: opts.photosDir,
				field: kind,
				min: 0,
				max: MAX_FIELD_PHOTOS
			});
			stored.push(...records);
			linked.push(...records.map((r) => ({ kind, id: r.id })));
		}
	} catch (error) {
		await deletePhotos(
			opts.photosDir,
			stored.map((p) => p.id)
		);
		throw error;
	}
	return withPhotos(opts.photosDir, stored, () =>
		takeCaseAction(db, actor, id, body, clock, {
			idempotencyKey: opts.idempotencyKey,
			photos: linked
		})
	);
}
