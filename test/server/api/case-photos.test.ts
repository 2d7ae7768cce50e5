/**
 * Reports and actions with photos as multipart/form-data (issue 14 items 5, 6): the phone
 * page's requests. Photos stored and linked, the EXIF position used when none is sent, limits,
 * no files left by a refused write, and one write for a resent Idempotency-Key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { createMiniTownStore } from '../../helpers/mini-town';
import { filesUnder, makeJpeg, tempPhotoRoot } from '../../helpers/photos';
import { createTestApp } from '../../helpers/signed-in-app';
import { c02Point, createClock, type Json } from './case-helpers';

const clock = createClock('2025-09-26T16:00:00');
let db: Database;
const photos = tempPhotoRoot();
beforeAll(async () => void (db = await createMiniTownStore()));
afterAll(async () => {
	await db.close();
	photos.remove();
});

const appAs = (role: 'planner' | 'grid' | 'inspector', zones: string[] = []) =>
	createTestApp(
		{ db, version: 'test', now: clock.now, photosDir: photos.root },
		{ role, zones, username: `photo-${role}` }
	);

/** 113.0906 E, 22.9504 N (inside grid c02-g01) as a camera writes it. */
const GPS_IN_C02 = {
	GPSLatitudeRef: 'N',
	GPSLatitude: '22/1 57/1 144/100',
	GPSLongitudeRef: 'E',
	GPSLongitude: '113/1 5/1 2616/100'
};

async function form(fields: Record<string, string>, files: Record<string, Buffer[]>) {
	const body = new FormData();
	for (const [k, v] of Object.entries(fields)) body.append(k, v);
	for (const [k, list] of Object.entries(files)) {
		list.forEach((bytes, i) =>
			body.append(k, new File([new Uint8Array(bytes)], `p${i}.jpg`, { type: 'image/jpeg' }))
		);
	}
	return body;
}

async function send(
	app: ReturnType<typeof appAs>,
	path: string,
	body: FormData,
	headers: Record<string, string> = {}
) {
	const res = await app.request(path, { method: 'POST', body, headers });
	return { status: res.status, body: (await res.json()) as Json };
}

const jpeg = () => makeJpeg(320, 240);

describe('POST /api/cases as multipart/form-data', () => {
	it('stores two photos and links them to the new case', async () => {
		const before = filesUnder(photos.root).length;
		const p = c02Point(30);
		const res = await send(
			appAs('planner'),
			'/api/cases',
			await form(
				{ category: 'exposed_garbage', description: '两张照片', lng: `${p.lng}`, lat: `${p.lat}` },
				{ photos: [await jpeg(), await jpeg()] }
			)
		);
		expect(res.status, JSON.stringify(res.body)).toBe(201);
		expect(res.body.photos).toHaveLength(2);
		expect(filesUnder(photos.root).length).toBeGreaterThan(before);
		const detail = await appAs('planner').request(`/api/cases/${res.body.id}`);
		expect(((await detail.json()) as Json).photos).toEqual(res.body.photos);
	});

	it('takes the position from the first photo with EXIF GPS when none is sent', async () => {
		const res = await send(
			appAs('grid', ['c02']),
			'/api/cases',
			await form(
				{ category: 'exposed_garbage', reported_at: '2025-09-26T15:30' },
				{ photos: [await jpeg(), await makeJpeg(320, 240, { gps: GPS_IN_C02 })] }
			)
		);
		expect(res.status, JSON.stringify(res.body)).toBe(201);
		expect(res.body.lng).toBeCloseTo(113.0906, 4);
		expect(res.body.lat).toBeCloseTo(22.9504, 4);
		expect(res.body.reported_at).toMatch(/^2025-09-26T15:30/);
	});

	it('refuses seven photos with 422 and stores none', async () => {
		const before = filesUnder(photos.root);
		const seven = await Promise.all(Array.from({ length: 7 }, jpeg));
		const res = await send(
			appAs('planner'),
			'/api/cases',
			await form({ category: 'exposed_garbage', ...strings(c02Point(31)) }, { photos: seven })
		);
		expect(res.status).toBe(422);
		expect(filesUnder(photos.root)).toEqual(before);
	});

	it('deletes the stored photos when the case write is refused', async () => {
		const before = filesUnder(photos.root);
		// Grid staff of zone c02 reporting far outside it: 403 after the photos were stored.
		const res = await send(
			appAs('grid', ['c02']),
			'/api/cases',
			await form(
				{ category: 'exposed_garbage', lng: '113.2', lat: '23.2' },
				{ photos: [await jpeg()] }
			)
		);
		expect(res.status).toBe(403);
		expect(filesUnder(photos.root)).toEqual(before);
		const noCategory = await send(
			appAs('planner'),
			'/api/cases',
			await form({ category: 'no_such', ...strings(c02Point(32)) }, { photos: [await jpeg()] })
		);
		expect(noCategory.status).toBe(400);
		expect(filesUnder(photos.root)).toEqual(before);
	});

	it('answers a resent report with the first result and writes it once', async () => {
		const key = crypto.randomUUID();
		const fields = { category: 'exposed_garbage', ...strings(c02Point(33)) };
		const first = await send(
			appAs('grid', ['c02']),
			'/api/cases',
			await form(fields, { photos: [await jpeg()] }),
			{ 'idempotency-key': key }
		);
		expect(first.status).toBe(201);
		const files = filesUnder(photos.root);
		const again = await send(
			appAs('grid', ['c02']),
			'/api/cases',
			await form(fields, { photos: [await jpeg()] }),
			{ 'idempotency-key': key }
		);
		expect(again.status).toBe(201);
		expect(again.body.id).toBe(first.body.id);
		expect(filesUnder(photos.root)).toEqual(files);
		const [{ n }] = await db.query<{ n: number }>(
			'SELECT count(*)::INTEGER AS n FROM cases WHERE idempotency_key = $key',
			{ key }
		);
		expect(n).toBe(1);
	});
});

describe('POST /api/cases/:id/actions as multipart/form-data', () => {
	it('handles with after photos and verifies; a resent action changes nothing', async () => {
		const p = c02Point(34);
		const created = await send(
			appAs('planner'),
			'/api/cases',
			await form({ category: 'exposed_garbage', ...strings(p) }, { photos: [await jpeg()] })
		);
		const id = created.body.id as string;
		const planner = appAs('planner');
		for (const body of [{ action: 'accept' }, { action: 'dispatch', assignee: 'photo-grid' }]) {
			const res = await planner.request(`/api/cases/${id}/actions`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body)
			});
			expect(res.status).toBe(200);
		}
		const key = crypto.randomUUID();
		const handleForm = async () =>
			form({ action: 'handle', note: '已清理' }, { after: [await jpeg(), await jpeg()] });
		const handled = await send(
			appAs('grid', ['c02']),
			`/api/cases/${id}/actions`,
			await handleForm(),
			{ 'idempotency-key': key }
		);
		expect(handled.status, JSON.stringify(handled.body)).toBe(200);
		expect(handled.body.status).toBe('handled');
		expect(handled.body.photos).toHaveLength(3);
		const again = await send(
			appAs('grid', ['c02']),
			`/api/cases/${id}/actions`,
			await handleForm(),
			{ 'idempotency-key': key }
		);
		expect(again.status).toBe(200);
		expect(again.body.photos).toEqual(handled.body.photos);
		const links = await db.query<{ kind: string }>(
			`SELECT kind FROM case_links WHERE case_id = $id ORDER BY kind`,
			{ id }
		);
		expect(links.map((l) => l.kind)).toEqual(['photo', 'photo_after', 'photo_after']);
		const history = await db.query<{ action: string }>(
			`SELECT action FROM case_history WHERE case_id = $id ORDER BY id`,
			{ id }
		);
		expect(history.map((h) => h.action)).toEqual(['report', 'accept', 'dispatch', 'handle']);
		const verified = await send(
			appAs('inspector'),
			`/api/cases/${id}/actions`,
			await form({ action: 'verify_pass' }, { after: [await jpeg()] })
		);
		expect(verified.status).toBe(200);
		expect(verified.body.status).toBe('closed');
	});
});

function strings(p: { lng: number; lat: number }) {
	return { lng: `${p.lng}`, lat: `${p.lat}` };
}
