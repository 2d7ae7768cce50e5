/**
 * 环卫考核 on the phone at 390×844 (issue 16 item 2): demo-inspector stands on a key group's
 * road, opens 考核, takes the section under their feet, lowers C1 by one, records one 垃圾堆积未清
 * with a photo and 同时立案, and sends it; the phone shows the new score (6·4 + 6·5 + 4·5 + 4·5
 * = 94, less 5 = 89) and the section carries it as its last score; GET /api/inspections lists
 * it with its case; the 迎检 view's row of that road now shows 89 of today, one more open case
 * and one fewer section due. Screenshots (zh and en) go to test/artifacts/inspect-*.png.
 */
import { along, length, lineString } from '@turf/turf';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReadinessResponse, ReadinessRoad } from '../../server/contract/assessment-readiness';
import type { InspectionListRow } from '../../server/contract/inspections';
import { Database } from '../../server/db/database';
import { makeJpeg } from '../helpers/photos';
import { startServer, type RunningServer } from '../helpers/server-process';
import { seededDemoDatabase } from './helpers/demo-template';
import { ensureWebBuilt } from './helpers/ensure-built';
import { launchBrowser } from './helpers/launch-browser';
import { saveArtifact } from './helpers/pixels';
import { contextApi, signInDemo } from './helpers/sign-in';

let dataDir: string;
let server: RunningServer;
let browser: Browser;
/** 100 m along the longest key group segment: inside its first section. */
let stand: { lng: number; lat: number };
let roadName: string;
let roadId: string;
let groupName: string;

beforeAll(async () => {
	ensureWebBuilt();
	dataDir = mkdtempSync(join(tmpdir(), 'sanimap-inspect-'));
	const dbPath = await seededDemoDatabase(dataDir);
	const db = await Database.open(dbPath);
	try {
		const [seg] = await db.query<{
			name: string;
			roadId: string;
			keyGroup: string;
			geometry: string;
		}>(
			`SELECT name, road_id AS "roadId", key_group AS "keyGroup", geometry FROM road_segments
			 WHERE key_group IS NOT NULL ORDER BY length_m DESC, id LIMIT 1`
		);
		roadName = seg.name;
		roadId = seg.roadId;
		groupName = seg.keyGroup;
		const line = lineString(JSON.parse(seg.geometry).coordinates);
		const at = Math.min(100, length(line, { units: 'meters' }) / 2);
		const [lng, lat] = along(line, at, { units: 'meters' }).geometry.coordinates;
		stand = { lng, lat };
	} finally {
		await db.close();
	}
	server = await startServer({ SANIMAP_DB: dbPath }, 120_000);
	browser = await launchBrowser();
}, 360_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	rmSync(dataDir, { recursive: true, force: true });
});

async function phone(lang: string) {
	const context = await browser.newContext({
		viewport: { width: 390, height: 844 },
		deviceScaleFactor: 2,
		isMobile: true,
		hasTouch: true,
		locale: lang,
		timezoneId: 'Asia/Shanghai',
		geolocation: { longitude: stand.lng, latitude: stand.lat, accuracy: 10 },
		permissions: ['geolocation']
	});
	await signInDemo(context, server.url, 'inspector');
	const page = await context.newPage();
	await page.goto(`${server.url}/m${lang === 'en' ? '?lang=en' : ''}`);
	await page.getByTestId('tab-inspect').click();
	return { context, page, api: contextApi(context, server.url) };
}

const shot = async (page: Page, name: string) =>
	saveArtifact(`inspect-${name}.png`, await page.screenshot({ fullPage: false }));

/** The 迎检 answer's row of the road the inspector stands on. */
async function readinessRow(api: ReturnType<typeof contextApi>): Promise<ReadinessRoad> {
	const { groups } = await api.get<ReadinessResponse>('/api/assessment/readiness');
	const group = groups.find((g) => g.name === groupName)!;
	return group.roads.find((r) => r.roadId === roadId)!;
}

async function fillForm(page: Page) {
	await page.getByTestId('inspect-walk').click();
	const form = page.getByTestId('inspect-form');
	await form.getByTestId('mark-c1-minus').click();
	await expect.poll(() => form.getByTestId('inspect-score').textContent()).toContain('94');
	await form.getByTestId('add-deduction').click();
	const deduction = form.getByTestId('deduction');
	await deduction.getByTestId('deduction-item').selectOption('waste_pile');
	await deduction.locator('[data-testid=deduction-photos-0] input[type=file]').setInputFiles({
		name: 'pile.jpg',
		mimeType: 'image/jpeg',
		buffer: await makeJpeg(800, 600)
	});
	await deduction.locator('img').first().waitFor();
	await deduction.getByTestId('deduction-open-case').check();
	await expect.poll(() => form.getByTestId('inspect-score').textContent()).toContain('89');
	return form;
}

describe('phone inspection at 390×844', () => {
	it('sends a section inspection with one deduction and a photo and shows the new score', async () => {
		const { context, page, api } = await phone('zh-CN');
		const walk = page.getByTestId('inspect-walk');
		await walk.waitFor({ timeout: 30_000 });
		await expect.poll(() => walk.textContent()).toContain(roadName);
		const section = (await walk.getAttribute('data-section'))!;
		const before = await readinessRow(api);
		await page.getByTestId('suggestion').first().waitFor();
		await shot(page, '1-suggestions-zh');

		const form = await fillForm(page);
		await form.getByTestId('mark-c1-value').scrollIntoViewIfNeeded();
		await shot(page, '2-form-zh');
		await form.getByTestId('deduction-open-case').scrollIntoViewIfNeeded();
		await shot(page, '2b-form-deduction-zh');
		await form.getByTestId('inspect-submit').click();

		await expect
			.poll(() => page.getByTestId('inspect-new-score').textContent(), { timeout: 30_000 })
			.toContain('89');
		await shot(page, '3-sent-zh');
		// Back on the list, the section under the phone carries its new score.
		await page.getByTestId('inspect-again').click();
		await expect
			.poll(() => page.getByTestId('walk-last').textContent(), { timeout: 30_000 })
			.toContain('89');

		const { inspections } = await api.get<{ inspections: InspectionListRow[] }>(
			`/api/inspections?segment=${encodeURIComponent(section.split('#')[0])}`
		);
		const mine = inspections.find((i) => i.section === section);
		expect(mine).toMatchObject({
			form: 'section',
			inspector: 'demo-inspector',
			marks: { c1: 4, c2: 5, c3: 5, c4: 5 },
			baseScore: 94,
			deducted: 5,
			score: 89,
			deductionCount: 1
		});
		expect(mine!.caseIds).toHaveLength(1);

		// The 迎检 view: the road's last score is today's 89, the case opened from the deduction is
		// on it, and the section just inspected is no longer due.
		const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(
			new Date()
		);
		const after = await readinessRow(api);
		expect(before.last?.date).not.toBe(today);
		expect(after.last).toMatchObject({ date: today, score: 89, form: 'section' });
		expect(after.openCases).toBe(before.openCases + 1);
		expect(after.staleSections).toBe(before.staleSections - 1);
		await page.goto(`${server.url}/assessment/readiness`);
		const picker = page.getByTestId('readiness-group');
		if (await picker.count()) await picker.selectOption({ label: groupName });
		const row = page.getByTestId('readiness-roads').locator('tr', { hasText: roadName });
		await expect.poll(() => row.textContent()).toContain(today);
		expect(await row.locator('td').nth(1).textContent()).toBe('89');
		await shot(page, '7-readiness-zh');
		await context.close();

		const en = await phone('en');
		await en.page.getByTestId('inspect-walk').waitFor({ timeout: 30_000 });
		await en.page.getByTestId('suggestion').first().waitFor();
		await shot(en.page, '4-suggestions-en');
		const enForm = await fillForm(en.page);
		await enForm.getByTestId('mark-c1-value').scrollIntoViewIfNeeded();
		await shot(en.page, '5-form-en');
		await enForm.getByTestId('inspect-submit').click();
		await expect
			.poll(() => en.page.getByTestId('inspect-new-score').textContent(), { timeout: 30_000 })
			.toContain('89');
		await shot(en.page, '6-sent-en');
		await en.context.close();
	}, 180_000);
});
