import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role, type UserList } from '../../server/contract/accounts';
import { navPagesFor } from '../../web/src/app/access';
import { useDemoServer } from './helpers/demo-server';
import { waitMapReady } from './helpers/map-page';
import { contextApi, signInDemo } from './helpers/sign-in';
import { saveTeamPlan } from './helpers/team-plan';

const demo = useDemoServer('sign-in');

/** Screenshots of issue 13's pages, kept for review. */
const SHOTS = '/work/shots-auth';

let sprayerTeam: string;
let sprayerPath: string;

/**
 * The pages each role's navigation shows: the access rules' own answer (pinned role by role
 * against a hand list in test/web/app/access.test.ts). Here the browser must render exactly it.
 */
const NAV = Object.fromEntries(
	ROLES.map((role) => [
		role,
		[...navPagesFor({ role, team: role === 'sprayer' ? 'team-1' : null })]
	])
) as Record<Role, string[]>;
const ROLE_NAMES: Record<Role, string> = {
	admin: '系统管理员',
	planner: '环卫办',
	grid: '网格员',
	patrol: '城管协管员/红袖标',
	sprayer: '消杀队员',
	inspector: '考核员',
	leader: '领导'
};

function shot(name: string, png: Buffer): void {
	mkdirSync(SHOTS, { recursive: true });
	writeFileSync(join(SHOTS, name), png);
}

async function newContext(width = 1280, height = 800): Promise<BrowserContext> {
	return demo.browser.newContext({
		viewport: { width, height },
		deviceScaleFactor: 1,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai',
		...(width < 500 ? { isMobile: true, hasTouch: true } : {})
	});
}

async function navPages(page: Page): Promise<string[]> {
	await page.getByTestId('app-nav').waitFor();
	return page
		.getByTestId('app-nav')
		.locator('a')
		.evaluateAll((links) => links.map((a) => a.getAttribute('data-page') ?? ''));
}

beforeAll(async () => {
	// The demo sprayer's team gets a saved route, so signing in lands on it.
	const admin = await newContext();
	await signInDemo(admin, demo.server.url, 'admin');
	const api = contextApi(admin, demo.server.url);
	const { users } = await api.get<UserList>('/api/admin/users');
	sprayerTeam = users.find((u) => u.username === 'demo-sprayer')?.team ?? '';
	expect(sprayerTeam).not.toBe('');
	sprayerPath = await saveTeamPlan(api, sprayerTeam, '本队路线');
	await admin.close();
}, 180_000);

describe('the login page of the demo town', () => {
	it('sends a signed-out visitor to /login and offers one demo button per role', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await page.goto(`${demo.server.url}/`);
		await page.waitForURL(`${demo.server.url}/login`);
		await page.getByTestId('demo-roles').waitFor();
		expect(await page.getByTestId('demo-roles').locator('h2').textContent()).toBe('以演示身份进入');
		expect(
			await page
				.locator('[data-role]')
				.evaluateAll((b) => b.map((e) => e.getAttribute('data-role')))
		).toEqual(Object.keys(NAV));
		// Labelled fields: the accessible names are the labels.
		expect(await page.getByLabel('用户名').count()).toBe(1);
		expect(await page.getByLabel('密码').count()).toBe(1);
		shot('login-zh-desktop.png', await page.screenshot({ fullPage: true }));
		await page.getByRole('button', { name: 'English' }).click();
		await page.getByText('Enter as a demo user').waitFor();
		expect(await page.getByLabel('User name').count()).toBe(1);
		shot('login-en-desktop.png', await page.screenshot({ fullPage: true }));
		await context.close();
	});

	it('fits a 390 px phone', async () => {
		const context = await newContext(390, 844);
		const page = await context.newPage();
		await page.goto(`${demo.server.url}/login`);
		await page.getByTestId('demo-roles').waitFor();
		const width = await page.evaluate(() => document.documentElement.scrollWidth);
		expect(width).toBeLessThanOrEqual(390);
		shot('login-zh-phone.png', await page.screenshot({ fullPage: true }));
		await context.close();
	});

	it('says when the name or password is wrong', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await page.goto(`${demo.server.url}/login`);
		await page.getByLabel('用户名').fill('demo-planner');
		await page.getByLabel('密码').fill('not-the-password');
		await page.getByRole('button', { name: '登录', exact: true }).click();
		expect(await page.getByTestId('login-error').textContent()).toContain('用户名或密码不对');
		await context.close();
	});
});

describe('one click on a demo role', () => {
	for (const role of Object.keys(NAV) as Role[]) {
		it(`${role}: signs in, lands on its page and sees only its pages`, async () => {
			const context = await newContext();
			const page = await context.newPage();
			await page.goto(`${demo.server.url}/login`);
			await page.locator(`[data-role="${role}"]`).click();
			if (role === 'sprayer') await page.waitForURL(`${demo.server.url}${sprayerPath}`);
			else if (role === 'leader') await page.waitForURL(`${demo.server.url}/overview`);
			else await page.waitForURL(`${demo.server.url}/`);
			expect(await navPages(page)).toEqual(NAV[role]);
			expect(await page.getByTestId('account-role').textContent()).toBe(ROLE_NAMES[role]);
			if (role === 'sprayer') {
				await waitMapReady(page, 0, 60_000);
				shot('sprayer-landing.png', await page.screenshot());
			}
			await context.close();
		}, 90_000);
	}

	it('a role opening a page it may not use reads "no access", not a broken page', async () => {
		const context = await newContext();
		await signInDemo(context, demo.server.url, 'grid');
		const page = await context.newPage();
		await page.goto(`${demo.server.url}/admin/users`);
		await page.getByTestId('no-access').waitFor();
		expect(await page.getByTestId('no-access').textContent()).toContain('网格员');
		await context.close();
	});
});

describe('an ended session', () => {
	it('returns to the login page and, after signing in, to the page the user was on', async () => {
		const context = await newContext();
		await signInDemo(context, demo.server.url, 'planner');
		const page = await context.newPage();
		// My account asks the demo.server once; the compare and overview pages keep asking.
		await page.goto(`${demo.server.url}/account?lang=en`);
		await page.getByTestId('my-tokens').locator('h2').waitFor();
		await page.waitForLoadState('networkidle');
		await context.clearCookies();
		// A page's own request answers 401: to /login, which says why.
		await page.getByTestId('app-nav').locator('[data-page="overview"]').click();
		await page.waitForURL(/\/login\?next=%2Foverview%3Flang%3Den/);
		await page.getByTestId('login-expired').waitFor();
		await page.locator('[data-role="planner"]').click();
		await page.waitForURL((url) => url.pathname === '/overview');
		expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
		// Signed out at start: a reload of a deep link comes back to it too.
		await context.clearCookies();
		await page.goto(`${demo.server.url}/routes?lang=en`);
		await page.waitForURL(/\/login\?next=%2Froutes%3Flang%3Den/);
		await page.locator('[data-role="planner"]').click();
		await page.waitForURL(`${demo.server.url}/routes?lang=en`);
		await context.close();
	}, 90_000);

	it('ignores a `next` that leads to another site', async () => {
		const context = await newContext();
		const page = await context.newPage();
		await page.goto(`${demo.server.url}/login?next=%2F%2Fevil.example%2F`);
		await page.locator('[data-role="inspector"]').click();
		await page.waitForURL(`${demo.server.url}/`);
		await context.close();
	});

	it('signs out from the header menu', async () => {
		const context = await newContext();
		await signInDemo(context, demo.server.url, 'leader');
		const page = await context.newPage();
		await page.goto(`${demo.server.url}/overview`);
		const [cookie] = await context.cookies();
		await page.getByTestId('account-menu').locator('button').first().click();
		await page.getByTestId('sign-out').click();
		await page.waitForURL(/\/login/);
		// The session ended on the demo.server, not only in this demo.browser.
		const me = await fetch(`${demo.server.url}/api/auth/me`, {
			headers: { cookie: `${cookie.name}=${cookie.value}` }
		});
		expect(me.status).toBe(401);
		await context.close();
	});
});

describe('the admin and account pages', () => {
	it('lists users, keeps an activity log and makes a token shown once', async () => {
		const context = await newContext(1280, 900);
		await signInDemo(context, demo.server.url, 'admin');
		const page = await context.newPage();
		await page.goto(`${demo.server.url}/admin/users`);
		await page.getByTestId('user-table').locator('[data-user="demo-sprayer"]').waitFor();
		// A new grid worker with a zone.
		await page.getByTestId('user-create-open').click();
		const form = page.getByTestId('user-create-form');
		await form.getByLabel('用户名').fill('wang-grid');
		await form.getByLabel('姓名').fill('王网格');
		await form.getByLabel('角色').selectOption('grid');
		await form.locator('.zone-list input[type="checkbox"]').first().check();
		await form.getByLabel('手机号').fill('13812345678');
		await form.getByLabel('初始密码').fill('first-password-1');
		shot('admin-users-form.png', await page.screenshot({ fullPage: true }));
		await form.getByRole('button', { name: '创建用户' }).click();
		await page.getByTestId('user-table').locator('[data-user="wang-grid"]').waitFor();
		shot('admin-users.png', await page.screenshot({ fullPage: true }));

		await page.goto(`${demo.server.url}/admin/audit`);
		await page.getByTestId('audit-table').locator('tbody tr').first().waitFor();
		expect(await page.getByTestId('audit-total').textContent()).toMatch(/共 \d+ 条/);
		await page.locator('#audit-user').selectOption('demo-admin');
		await page.locator('#audit-action').selectOption('user.create');
		await page.getByRole('button', { name: '查询' }).click();
		await page.waitForFunction(
			() =>
				document.querySelectorAll('[data-testid="audit-table"] tbody tr[data-audit]').length === 1
		);
		const csv = await page.getByTestId('audit-export-csv').getAttribute('href');
		expect(csv).toBe(
			'/api/admin/audit/export?username=demo-admin&action=user.create&format=csv&lang=zh-CN'
		);
		await page.getByTestId('audit-table').locator('summary').first().click();
		shot('admin-audit.png', await page.screenshot({ fullPage: true }));

		await page.goto(`${demo.server.url}/account`);
		await page.getByLabel('令牌名称').fill('办公室 QGIS');
		await page.getByRole('button', { name: '创建令牌' }).click();
		await page.getByTestId('token-table').locator('tbody tr').first().waitFor();
		const secret = await page.getByTestId('token-secret').textContent();
		expect(secret?.length).toBeGreaterThan(20);
		expect(await page.getByTestId('token-created').textContent()).toContain(
			'GDAL_HTTP_USERPWD=demo-admin:'
		);
		shot('account-token.png', await page.screenshot({ fullPage: true }));
		// The token reads the API; shown once: after closing it is gone from the page.
		const viaToken = await fetch(`${demo.server.url}/api/meta`, {
			headers: { authorization: `Bearer ${secret}` }
		});
		expect(viaToken.status).toBe(200);
		await page.getByRole('button', { name: '已保存，关闭' }).click();
		expect(await page.getByTestId('token-secret').count()).toBe(0);
		await context.close();
	}, 120_000);

	it('edits the sample minimums: refuses a community minimum above the town one, keeps a good one', async () => {
		const context = await newContext(1280, 900);
		await signInDemo(context, demo.server.url, 'admin');
		const page = await context.newPage();
		await page.goto(`${demo.server.url}/admin/sample-minimums`);
		// 鼠迹法（室内）: the town grade needs 1,000 rooms, a community 50 (the local defaults).
		const row = page.locator('[data-testid="sample-minimum-row"][data-method="rat.indoor_signs"]');
		const unit = row.getByLabel('鼠迹法（室内） · 每个社区/网格至少');
		expect(await unit.inputValue()).toBe('50');
		await unit.fill('1200');
		await page.getByTestId('sample-minimums-save').click();
		expect(await page.getByRole('alert').textContent()).toMatch(
			/^第 \d+ 行：每个社区\/网格的要求不能大于全镇的要求$/
		);
		await unit.fill('80');
		await page.getByTestId('sample-minimums-save').click();
		await page.getByRole('status').waitFor();
		shot('admin-sample-minimums.png', await page.screenshot({ fullPage: true }));
		const api = contextApi(context, demo.server.url);
		const { rows } = await api.get<{ rows: { method: string; unitMin: number }[] }>(
			'/api/catalogues/sample-minimums'
		);
		expect(rows.find((r) => r.method === 'rat.indoor_signs')?.unitMin).toBe(80);
		await page.reload();
		expect(await unit.inputValue()).toBe('80');
		await unit.fill('50');
		await page.getByTestId('sample-minimums-save').click();
		await page.getByRole('status').waitFor();
		await context.close();
	}, 120_000);

	it('fits the header, the users page and the audit page on a 390 px phone', async () => {
		const context = await newContext(390, 844);
		await signInDemo(context, demo.server.url, 'admin');
		const page = await context.newPage();
		for (const [path, name] of [
			['/admin/users', 'admin-users-phone.png'],
			['/admin/audit', 'admin-audit-phone.png']
		] as const) {
			await page.goto(`${demo.server.url}${path}`);
			await page.locator('table tbody tr').first().waitFor();
			// The page scrolls its wide tables inside their cards, not the whole page sideways.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				390
			);
			shot(name, await page.screenshot());
		}
		await page.getByTestId('account-menu').locator('button').first().click();
		shot('account-menu-phone.png', await page.screenshot());
		await page.goto(`${demo.server.url}/`);
		await waitMapReady(page, 0, 60_000);
		const header = await page.locator('header.app-header').boundingBox();
		const menu = await page.getByTestId('account-menu').boundingBox();
		expect(menu!.x + menu!.width).toBeLessThanOrEqual(390);
		expect(menu!.y + menu!.height).toBeLessThanOrEqual(header!.y + header!.height);
		shot('map-header-phone.png', await page.screenshot());
		await context.close();
	}, 90_000);
});
