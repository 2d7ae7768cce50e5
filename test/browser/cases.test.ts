import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseView } from '../../server/contract/cases';
import { demoPhoto } from '../../server/demo-town/photos/demo-photo';
import { photoFolderBeside } from '../../server/services/photo-files';
import { savePhoto } from '../../server/services/photos';
import { seriousViolations } from './helpers/axe';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { waitMapReady } from './helpers/map-page';
import { contextApi, signInDemo } from './helpers/sign-in';

/** Screenshots of issue 14's "done when", kept for the review. */
const SHOTS = '/work/shots-cases';
let session: DashboardSession;
let page: Page;
let caseId: string;

/** The server's database path, from the environment it was started with. */
function serverDb(): string {
	const env = readFileSync(`/proc/${session.server.process.pid}/environ`, 'utf8').split('\0');
	const db = env.find((e) => e.startsWith('SANIMAP_DB='));
	if (!db) throw new Error('no SANIMAP_DB');
	return db.slice('SANIMAP_DB='.length);
}

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	session = await openDashboard('/', 'planner');
	page = session.page;
	// A fresh case with a photo, accepted, so the planner can dispatch it.
	const { cases } = await session.api<{ cases: CaseView[] }>('/api/cases?limit=1');
	const photo = await savePhoto(await demoPhoto('before', 7, 'SaniMap\n2026-12-06 09:30'), {
		root: photoFolderBeside(serverDb())
	});
	const created = await session.post<CaseView>('/api/cases', {
		category: cases[0].category,
		description: '路边堆放生活垃圾，散发异味',
		lng: cases[0].lng + 0.0004,
		lat: cases[0].lat + 0.0003,
		source: 'resident',
		photos: [photo.id]
	});
	caseId = created.id;
	await session.post(`/api/cases/${caseId}/actions`, { action: 'accept', note: '属实，立案' });
}, 180_000);

afterAll(() => session?.close());

async function openCases(search = ''): Promise<void> {
	await page.goto(`${session.server.url}/cases${search}`);
	await page.getByTestId('case-table').waitFor();
	await page.waitForFunction(
		() => document.querySelector('[data-testid=case-table]')?.getAttribute('aria-busy') === 'false'
	);
}

describe('the case list (issue 14 item 4)', () => {
	it('shows indicator cards with last year, and filters overdue cases into the URL', async () => {
		await openCases();
		await page.getByTestId('card-closure').waitFor();
		await page.waitForFunction(
			() =>
				!document
					.querySelector('[data-testid=case-indicators] ul')
					?.getAttribute('aria-busy')
					?.includes('true')
		);
		await page.screenshot({ path: `${SHOTS}/cases-zh.png`, fullPage: true });
		await page.getByTestId('filter-overdue').check();
		await page.waitForURL(/overdue=true/);
		await page.waitForFunction(
			() =>
				document.querySelector('[data-testid=case-table]')?.getAttribute('aria-busy') === 'false'
		);
		const rows = await page.locator('[data-testid=case-table] tbody tr').count();
		const badges = await page
			.locator('[data-testid=case-table] [data-testid=overdue-badge]')
			.count();
		expect(badges).toBe(rows);
		const csv = await page.getByTestId('export-csv').getAttribute('href');
		expect(csv).toContain('overdue=true');
		expect(csv).toContain('lang=zh-CN');
		expect(csv).toContain('format=csv');
	}, 60_000);

	it('reads the same in English and at 390 px', async () => {
		await openCases('?lang=en');
		await page.getByTestId('card-closure').waitFor();
		expect(await page.locator('h1').last().innerText()).toBe('Rectification cases');
		await page.screenshot({ path: `${SHOTS}/cases-en.png`, fullPage: true });
		await page.setViewportSize({ width: 390, height: 844 });
		await openCases('?lang=zh-CN');
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		await page.screenshot({ path: `${SHOTS}/cases-390.png`, fullPage: true });
		await page.setViewportSize({ width: 1280, height: 800 });
	}, 60_000);

	it('has no serious or critical accessibility violation', async () => {
		await openCases();
		expect(await seriousViolations(page)).toEqual([]);
	}, 60_000);
});

describe('a case (issue 14 items 3, 4)', () => {
	it('opens from the list and dispatches to the proposed person; the timeline says so', async () => {
		await openCases('?status=accepted');
		await page.locator(`[data-case="${caseId}"] a`).click();
		await page.getByTestId('case-timeline').waitFor();
		expect(page.url()).toContain(`/cases/${caseId}`);
		await page.locator('[data-testid=case-actions] [data-action=dispatch]').click();
		const select = page.locator('#act-assignee');
		if (!(await select.inputValue())) {
			const first = await select.locator('option').nth(1).getAttribute('value');
			await select.selectOption(first!);
		}
		await page.locator('#act-note').fill('请今天处理');
		await page.locator('[data-testid=action-form] button[type=submit]').click();
		await page.locator('[data-testid=case-timeline] li[data-to=dispatched]').waitFor();
		const detail = await session.api<CaseDetail>(`/api/cases/${caseId}`);
		expect(detail.status).toBe('dispatched');
		await page.locator('[data-testid=case-photos] img').first().waitFor();
		await waitMapReady(page, 0, 60_000);
		await page.screenshot({ path: `${SHOTS}/case-detail-zh.png`, fullPage: true });
		expect(await seriousViolations(page)).toEqual([]);
	}, 90_000);
});

describe('the map and the overview (issue 14 items 4, 9)', () => {
	it('colours cases by state with an overdue ring in the legend', async () => {
		await page.goto(`${session.server.url}/?colorBy=status`);
		await waitMapReady(page, 0, 60_000);
		await page.getByTestId('legend-overdue').waitFor();
		await page.screenshot({ path: `${SHOTS}/map-cases.png` });
	}, 60_000);

	it('shows a leader the season’s case loop beside the pest figures', async () => {
		const context = await session.browser.newContext({
			viewport: { width: 1280, height: 900 },
			locale: 'zh-CN',
			timezoneId: 'Asia/Shanghai'
		});
		await signInDemo(context, session.server.url, 'leader');
		const leader = await context.newPage();
		await leader.goto(`${session.server.url}/overview`);
		await leader.getByTestId('overview-cases').waitFor();
		await leader.getByTestId('card-closure').waitFor();
		await leader.waitForTimeout(500);
		await leader.screenshot({ path: `${SHOTS}/overview-cases.png`, fullPage: true });
		await context.close();
	}, 60_000);
});

describe('a grid worker (issue 13 bounds)', () => {
	it('sees only the cases of their own zones', async () => {
		const context = await session.browser.newContext({
			locale: 'zh-CN',
			timezoneId: 'Asia/Shanghai'
		});
		await signInDemo(context, session.server.url, 'grid');
		const grid = contextApi(context, session.server.url);
		const mine = await grid.get<{ total: number }>('/api/cases?limit=1');
		const all = await session.api<{ total: number }>('/api/cases?limit=1');
		expect(mine.total).toBeLessThan(all.total);
		const gridPage = await context.newPage();
		await gridPage.goto(`${session.server.url}/cases`);
		await gridPage.getByTestId('case-total').waitFor();
		await gridPage.waitForFunction(
			(n) =>
				document.querySelector('[data-testid=case-total]')?.textContent?.includes(`共 ${n} 件`),
			mine.total
		);
		expect(await gridPage.getByTestId('batch-dispatch').count()).toBe(0);
		expect(await gridPage.getByTestId('case-indicators').count()).toBe(0);
		await context.close();
	}, 60_000);
});
