import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { createTestApp, type TestUser } from '../../helpers/signed-in-app';
import { at, createPatrolTown, PATROL_TOWN_NOW } from '../../helpers/patrol-town';
import { filesUnder, makeJpeg, tempPhotoRoot } from '../../helpers/photos';

let db: Database;
beforeEach(async () => {
	db = await createPatrolTown();
});
afterEach(async () => db.close());

const send = async (user: TestUser, method: string, path: string, body?: unknown) => {
	const app = createTestApp({ db, version: 'test', now: PATROL_TOWN_NOW }, user);
	const res = await app.request(path, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body)
	});
	return { status: res.status, body: await res.json() };
};
const auditRows = () =>
	db.query<{ action: string; username: string }>(
		`SELECT action, username FROM audit_log WHERE entity = 'volunteer_activity'`
	);

const [lng, lat] = at(1100, 50);
const cleanup = {
	team: '东街义务清扫队',
	kind: 'cleanup',
	place: 'green_belt',
	heldOn: '2026-12-05',
	people: 12,
	work: '清理绿化带垃圾 6 袋',
	lng,
	lat
};
const ring = [at(0, 0), at(100, 0), at(100, 60), at(0, 60), at(0, 0)];

describe('/api/volunteer-activities', () => {
	it('a planner logs a clean-up at a point and a spraying over a drawn area; counted per community', async () => {
		const one = await send({ role: 'planner' }, 'POST', '/api/volunteer-activities', cleanup);
		expect(one.status).toBe(201);
		expect(one.body).toMatchObject({
			team: '东街义务清扫队',
			zoneId: 'c1',
			people: 12,
			area: null
		});
		const area = { type: 'Polygon', coordinates: [ring] };
		const two = await send({ role: 'planner' }, 'POST', '/api/volunteer-activities', {
			...cleanup,
			kind: 'spraying',
			place: 'vacant_land',
			people: 5,
			lng: undefined,
			lat: undefined,
			area
		});
		expect(two.status).toBe(201);
		// The place of a drawn area is its centroid, (50, 30) in the local frame.
		expect(two.body.lng).toBeCloseTo(at(50, 30)[0], 6);
		expect(two.body.lat).toBeCloseTo(at(50, 30)[1], 6);
		const list = await send({ role: 'leader' }, 'GET', '/api/volunteer-activities');
		expect(list.body.activities).toHaveLength(2);
		expect(list.body.byCommunity).toEqual([
			{ zoneId: 'c1', zoneName: '东街社区', activities: 2, people: 17, cleanup: 1, spraying: 1 }
		]);
		expect(await auditRows()).toEqual([
			{ action: 'volunteer_activity.create', username: 'test-planner' },
			{ action: 'volunteer_activity.create', username: 'test-planner' }
		]);
	});

	it('a patrol logs inside its grid but not outside it; a leader may not log', async () => {
		const patrol = { role: 'patrol' as const, zones: ['g2'] };
		expect((await send(patrol, 'POST', '/api/volunteer-activities', cleanup)).status).toBe(201);
		const [x, y] = at(10, 10);
		const outside = await send(patrol, 'POST', '/api/volunteer-activities', {
			...cleanup,
			lng: x,
			lat: y
		});
		expect(outside.status).toBe(403);
		expect(
			(await send({ role: 'leader' }, 'POST', '/api/volunteer-activities', cleanup)).status
		).toBe(403);
		expect((await send({ role: 'sprayer' }, 'GET', '/api/volunteer-activities')).status).toBe(403);
		expect(await auditRows()).toHaveLength(1);
	});

	it('refuses a body without a place, an open ring or a zero head count, writing nothing', async () => {
		const planner = { role: 'planner' as const };
		const noPlace = await send(planner, 'POST', '/api/volunteer-activities', {
			...cleanup,
			lng: undefined,
			lat: undefined
		});
		expect(noPlace.status).toBe(400);
		expect(JSON.stringify(noPlace.body)).toContain('lng and lat');
		const open = { type: 'Polygon', coordinates: [[...ring.slice(0, 4), at(0, 1)]] };
		expect(
			(await send(planner, 'POST', '/api/volunteer-activities', { ...cleanup, area: open })).status
		).toBe(400);
		expect(
			(await send(planner, 'POST', '/api/volunteer-activities', { ...cleanup, people: 0 })).status
		).toBe(400);
		expect(await auditRows()).toEqual([]);
	});
});

describe('/api/volunteer-activities with photos (multipart)', () => {
	let photos: ReturnType<typeof tempPhotoRoot>;
	beforeEach(() => {
		photos = tempPhotoRoot();
	});
	afterEach(() => photos.remove());

	const post = async (user: TestUser, form: FormData) => {
		const app = createTestApp(
			{ db, version: 'test', now: PATROL_TOWN_NOW, photosDir: photos.root },
			user
		);
		const res = await app.request('/api/volunteer-activities', { method: 'POST', body: form });
		return { status: res.status, body: await res.json(), app };
	};
	const formOf = (fields: Record<string, unknown>, files: File[]) => {
		const form = new FormData();
		for (const [k, v] of Object.entries(fields)) {
			if (v !== undefined) form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
		}
		for (const f of files) form.append('photos', f);
		return form;
	};
	const jpeg = async (name: string) =>
		new File([await makeJpeg(640, 480)], name, { type: 'image/jpeg' });
	const planner = { role: 'planner' as const };

	it('stores two photos with the activity, lists them, and serves their thumbnails', async () => {
		const area = { type: 'Polygon', coordinates: [ring] };
		const r = await post(
			planner,
			formOf({ ...cleanup, lng: undefined, lat: undefined, people: '8', area }, [
				await jpeg('before.jpg'),
				await jpeg('after.jpg')
			])
		);
		expect(r.status).toBe(201);
		expect(r.body.people).toBe(8);
		expect(r.body.area).toEqual(area);
		expect(r.body.photoIds).toHaveLength(2);
		// Each photo is a served JPEG, a thumbnail and a sidecar: six files.
		expect(filesUnder(photos.root)).toHaveLength(6);
		const list = await send({ role: 'leader' }, 'GET', '/api/volunteer-activities');
		expect(list.body.activities[0].photoIds).toEqual(r.body.photoIds);
		const thumb = await r.app.request(`/api/photos/${r.body.photoIds[0]}/thumb`);
		expect(thumb.status).toBe(200);
		expect(thumb.headers.get('content-type')).toBe('image/jpeg');
		expect(await auditRows()).toHaveLength(1);
	});

	it('without photos it is logged as the JSON body would be', async () => {
		const r = await post(planner, formOf({ ...cleanup, lng: String(lng), lat: String(lat) }, []));
		expect(r.status).toBe(201);
		expect(r.body).toMatchObject({ zoneId: 'c1', people: 12, photoIds: [] });
	});

	it('refuses a non-image, too many photos, a bad field or a place outside the area, writing nothing', async () => {
		const text = new File(['not a picture'], 'notes.jpg', { type: 'image/jpeg' });
		const notImage = await post(planner, formOf(cleanup, [await jpeg('a.jpg'), text]));
		expect(notImage.status).toBe(415);
		expect(JSON.stringify(notImage.body)).toContain('notes.jpg');

		const seven = await Promise.all([1, 2, 3, 4, 5, 6, 7].map((i) => jpeg(`${i}.jpg`)));
		const tooMany = await post(planner, formOf(cleanup, seven));
		expect(tooMany.status).toBe(422);
		expect(JSON.stringify(tooMany.body)).toMatch(/6/);

		const badField = await post(
			planner,
			formOf({ ...cleanup, people: '0' }, [await jpeg('a.jpg')])
		);
		expect(badField.status).toBe(400);

		const [x, y] = at(10, 10);
		const outside = await post(
			{ role: 'patrol', zones: ['g2'] },
			formOf({ ...cleanup, lng: x, lat: y }, [await jpeg('a.jpg')])
		);
		expect(outside.status).toBe(403);

		expect(filesUnder(photos.root)).toEqual([]);
		expect(await auditRows()).toEqual([]);
		expect(await db.query('SELECT id FROM volunteer_activities')).toEqual([]);
	});
});
