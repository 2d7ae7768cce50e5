/**
 * The residents' routes (issue 14 item 11) on a plain app, signed in as no one: a report with
 * a photo arrives as 上报 from a resident, its state is read back by number, the rate limits
 * and the town's extent hold, and the notice board carries no personal field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../server/app';
import type { Database } from '../../../server/db/database';
import {
	RESIDENT_REPORTS_PER_ADDRESS,
	RESIDENT_REPORTS_PER_DEVICE
} from '../../../server/domain/public/report-rate-limit';
import { createMiniTownStore } from '../../helpers/mini-town';
import { filesUnder, makeJpeg, tempPhotoRoot } from '../../helpers/photos';
import { createTestApp } from '../../helpers/signed-in-app';
import { c02Point, createClock } from '../api/case-helpers';

const clock = createClock('2025-09-26T10:00:00');
let db: Database;
let photos: ReturnType<typeof tempPhotoRoot>;
let app: ReturnType<typeof createApp>;
let point = 0;

beforeAll(async () => {
	db = await createMiniTownStore();
	photos = tempPhotoRoot();
	app = createApp({ db, version: 'test', photosDir: photos.root, now: clock.now });
});
afterAll(async () => {
	photos.remove();
	await db.close();
});

async function reportJson(device: string, body: Record<string, unknown> = {}) {
	return app.request('/api/public/reports', {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'x-device-id': device },
		body: JSON.stringify({ category: 'exposed_garbage', ...c02Point(point++), ...body })
	});
}

describe('POST /api/public/reports and GET /api/public/reports/{caseNumber}', () => {
	it('takes a report with a photo as 已上报 from a resident, audited, and shows its state by number', async () => {
		const form = new FormData();
		form.set('category', 'exposed_garbage');
		form.set('description', '垃圾桶旁堆了三天的垃圾');
		form.set('contact', '13800000000');
		form.set('lng', String(c02Point(40).lng));
		form.set('lat', String(c02Point(40).lat));
		form.append('photos', new File([await makeJpeg(64, 48)], 'p.jpg', { type: 'image/jpeg' }));
		const res = await app.request('/api/public/reports', {
			method: 'POST',
			headers: { 'x-device-id': 'device-photo-1' },
			body: form
		});
		expect(res.status).toBe(201);
		const receipt = (await res.json()) as { caseNumber: string; status: string };
		expect(receipt).toEqual({
			caseNumber: expect.stringMatching(/^C20250926-/),
			status: 'reported'
		});
		expect(filesUnder(photos.root).length).toBeGreaterThan(0);

		const staff = createTestApp({ db, version: 'test', now: clock.now }, { role: 'planner' });
		const detail = (await (
			await staff.request(`/api/cases/${receipt.caseNumber}`)
		).json()) as Record<string, unknown>;
		expect(detail).toMatchObject({
			status: 'reported',
			source: 'resident',
			reporter: 'system:resident'
		});
		expect(detail.photos).toHaveLength(1);
		expect(String(detail.description)).toContain('13800000000');
		const [audit] = await db.query<{ username: string; action: string }>(
			'SELECT username, action FROM audit_log WHERE entity_id = $id',
			{ id: receipt.caseNumber }
		);
		expect(audit).toEqual({ username: 'system:resident', action: 'case.create' });

		const state = await app.request(`/api/public/reports/${receipt.caseNumber}`);
		expect(state.status).toBe(200);
		expect(await state.json()).toEqual({
			caseNumber: receipt.caseNumber,
			category: 'exposed_garbage',
			status: 'reported',
			reportedAt: '2025-09-26T10:00:00',
			updatedAt: '2025-09-26T10:00:00'
		});
		expect((await app.request('/api/public/reports/C-NO-SUCH')).status).toBe(404);
	});

	it('refuses a place outside the town with 422', async () => {
		const res = await reportJson('device-outside', { lng: 116.4, lat: 39.9 });
		expect(res.status).toBe(422);
		expect(((await res.json()) as { error: { code: string } }).error.code).toBe('outside_town');
	});

	it(`allows ${RESIDENT_REPORTS_PER_DEVICE} reports an hour per device and ${RESIDENT_REPORTS_PER_ADDRESS} per address`, async () => {
		// The photo test above sent one from this (socketless, `unknown`) address.
		for (let i = 0; i < RESIDENT_REPORTS_PER_DEVICE; i++)
			expect((await reportJson('device-a-1234')).status).toBe(201);
		const refused = await reportJson('device-a-1234');
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(3000);
		expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(
			/上报太频繁/
		);
		// A second device from the same address reaches the address's limit.
		expect((await reportJson('device-b-1234')).status).toBe(201);
		expect((await reportJson('device-b-1234')).status).toBe(429);
		// An hour later both may send again.
		clock.set('2025-09-26T11:00:01');
		expect((await reportJson('device-a-1234')).status).toBe(201);
	});
});

describe('GET /api/public/town', () => {
	it('names the town, its extent and the report categories', async () => {
		const town = (await (await app.request('/api/public/town')).json()) as Record<string, unknown>;
		expect(town.extent).toHaveLength(4);
		expect(town.categories).toContainEqual(expect.objectContaining({ code: 'exposed_garbage' }));
	});
});

describe('GET /api/public/board', () => {
	it('lists the last 30 days with category, state, dates and a rounded place, nothing personal', async () => {
		const res = await app.request('/api/public/board');
		expect(res.status).toBe(200);
		const board = (await res.json()) as {
			from: string;
			to: string;
			cases: Record<string, unknown>[];
		};
		expect(board.to).toBe('2025-09-26');
		expect(board.from).toBe('2025-08-28');
		expect(board.cases.length).toBeGreaterThanOrEqual(5);
		for (const c of board.cases) {
			expect(Object.keys(c).sort()).toEqual(
				['category', 'closedOn', 'id', 'lat', 'lng', 'reportedOn', 'status'].sort()
			);
			expect(
				Math.abs((c.lng as number) / 0.0005 - Math.round((c.lng as number) / 0.0005))
			).toBeLessThan(1e-6);
		}
		const text = JSON.stringify(board);
		expect(text).not.toMatch(/13800000000|垃圾桶旁|system:resident|photo/);
		expect((await app.request('/api/public/board?days=31')).status).toBe(400);
	});
});
