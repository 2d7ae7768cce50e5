import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { andWaitReady, readyCount, waitMapReady } from './helpers/map-page';
import { saveTeamPlan } from './helpers/team-plan';
import { signInDemo } from './helpers/sign-in';
import { cellCentre } from '$geo/h3-cells';

let session: DashboardSession;
let page: Page;
let teamPath: string;
let casePath: string;

beforeAll(async () => {
	session = await openDashboard('/', 'admin');
	page = session.page;
	teamPath = await saveTeamPlan({ get: session.api, post: session.post });
	const { cases } = await session.api<{ cases: { id: string }[] }>('/api/cases?limit=1');
	casePath = `/cases/${encodeURIComponent(cases[0].id)}`;
}, 180_000);

afterAll(() => session?.close());

/** Pages with a map are checked once it has drawn; the others once their heading is there. */
async function open(path: string, map: boolean): Promise<void> {
	await page.goto(`${session.server.url}${path}`);
	if (map) await waitMapReady(page, 0, 60_000);
	else await page.locator('h1, h2').first().waitFor();
}

describe('accessibility (axe-core) of every page in Chinese', () => {
	const pages: [string, () => string, boolean][] = [
		['map', () => '/', true],
		['compare', () => '/compare', true],
		['overview', () => '/overview', false],
		['cases', () => '/cases', false],
		['case', () => casePath, true],
		['routes', () => '/routes', true],
		['team', () => teamPath, true],
		['import', () => '/import', false],
		['account', () => '/account', false],
		['admin users', () => '/admin/users', false],
		['admin tokens', () => '/admin/tokens', false],
		['admin audit', () => '/admin/audit', false],
		['admin sample minimums', () => '/admin/sample-minimums', false]
	];
	for (const [name, path, map] of pages) {
		it(`${name}: no serious or critical violation`, async () => {
			await open(path(), map);
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
			expect(await seriousViolations(page)).toEqual([]);
		}, 90_000);
	}
});

describe('accessibility (axe-core) of the pages before signing in', () => {
	for (const [name, path] of [
		['login', '/login?next=%2Fcompare'],
		['setup', '/setup?token=x'],
		// The residents' pages (issue 14 item 11), open to everyone.
		['report', '/report'],
		['report status', '/report/status'],
		['board', '/board']
	] as const) {
		it(`${name}: no serious or critical violation`, async () => {
			const context = await session.browser.newContext({ locale: 'zh-CN' });
			const signedOut = await context.newPage();
			await signedOut.goto(`${session.server.url}${path}`);
			await signedOut.locator('h1').first().waitFor();
			if (name === 'login') await signedOut.getByTestId('demo-roles').waitFor();
			expect(await seriousViolations(signedOut)).toEqual([]);
			await context.close();
		}, 60_000);
	}
});

describe('accessibility (axe-core) of the phone page /m', () => {
	it.each(['grid', 'inspector'] as const)(
		'%s at 390×844: no serious or critical violation on the task list and the report form',
		async (role) => {
			const context = await session.browser.newContext({
				locale: 'zh-CN',
				viewport: { width: 390, height: 844 },
				isMobile: true,
				hasTouch: true
			});
			await signInDemo(context, session.server.url, role);
			const phone = await context.newPage();
			await phone.goto(`${session.server.url}/m`);
			await phone.locator('[data-testid=tasks-count][data-loaded=true]').waitFor();
			expect(await seriousViolations(phone)).toEqual([]);
			await phone.getByTestId('tab-report').click();
			await phone.getByTestId('report-form').waitFor();
			expect(await seriousViolations(phone)).toEqual([]);
			await context.close();
		},
		60_000
	);
});

describe('the map’s lists with the keyboard', () => {
	it('moves between priority rows with the arrows and flies to the one Enter picks', async () => {
		await open('/?layers=zones', true);
		await andWaitReady(page, () => page.getByTestId('hotspot-toggle').check());
		await page.getByTestId('priority-toggle').click();
		const buttons = page.getByTestId('priority-list').locator('tbody tr button');
		await buttons.nth(1).waitFor();
		const second = await buttons.nth(1).textContent();
		// From the drawer's close button, Tab enters the list at its first row.
		await page.getByTestId('priority').locator('button.close').focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('tr')?.rowIndex)).toBe(1);
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(second);
		const before = await readyCount(page);
		const url = page.url();
		await page.keyboard.press('Enter');
		await waitMapReady(page, before);
		expect(await buttons.nth(1).getAttribute('aria-current')).toBe('true');
		expect(page.url()).not.toBe(url);
		const h3 = await page
			.getByTestId('priority-list')
			.locator('tbody tr')
			.nth(1)
			.getAttribute('data-h3');
		const target = cellCentre(h3!);
		const c = new URL(page.url()).searchParams.get('c')!.split(',').map(Number);
		// The view centre lies near the row's place (the padding keeps it clear of the drawer).
		expect(Math.hypot(c[0] - target[0], c[1] - target[1])).toBeLessThan(0.01);
	}, 120_000);
});
