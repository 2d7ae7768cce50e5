import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server-process';
import { useDemoServer } from './helpers/demo-server';
import { signInThroughForm } from './helpers/sign-in';
import { saveArtifact } from './helpers/pixels';

const demo = useDemoServer('empty', { db: 'empty.duckdb', env: { SANIMAP_DEMO: '0' } });

/** A new signed-in page: the admin from SANIMAP_ADMIN (test/helpers), through the login form. */
async function newPage(): Promise<Page> {
	const context = await demo.browser.newContext({
		viewport: { width: 1280, height: 800 },
		deviceScaleFactor: 1,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	});
	const page = await context.newPage();
	await page.goto(`${demo.server.url}/login`);
	await signInThroughForm(page, demo.server.admin.username, demo.server.admin.password);
	await page.waitForURL((url) => url.pathname !== '/login');
	return page;
}

describe('an empty install (SANIMAP_DEMO=0) in the browser', () => {
	it('creates the first admin through the setup link printed at the first start', async () => {
		const fresh = await startServer({
			SANIMAP_DB: join(demo.dataDir, 'first.duckdb'),
			SANIMAP_DEMO: '0',
			SANIMAP_ADMIN: ''
		});
		try {
			const [, link] = await fresh.waitForOutput(/(http:\/\/\S+\/setup\?token=\S+)/);
			const context = await demo.browser.newContext({ locale: 'zh-CN' });
			const page = await context.newPage();
			// The login page says where the first admin comes from.
			await page.goto(`${fresh.url}/login`);
			await page.getByTestId('login-needs-setup').waitFor();
			await page.goto(link);
			const form = page.getByTestId('setup-form');
			await form.getByLabel('用户名').fill('zhangwei');
			await form.getByLabel('姓名').fill('张伟');
			await form.getByLabel('密码', { exact: true }).fill('first-admin-pw-1');
			await form.getByLabel('再次输入密码').fill('first-admin-pw-1');
			await form.getByRole('button', { name: '创建并登录' }).click();
			await page.waitForURL(`${fresh.url}/`);
			expect(await page.getByTestId('account-name').textContent()).toBe('张伟');
			expect(await page.getByTestId('account-role').textContent()).toBe('系统管理员');
			await context.close();
		} finally {
			await fresh.stop();
		}
	}, 90_000);

	it('offers no demo sign-in on its login page', async () => {
		const context = await demo.browser.newContext({ locale: 'zh-CN' });
		const page = await context.newPage();
		await page.goto(`${demo.server.url}/compare`);
		await page.waitForURL(/\/login\?next=%2Fcompare$/);
		await page.getByTestId('login-form').waitFor();
		await page.waitForLoadState('networkidle');
		expect(await page.getByTestId('demo-roles').count()).toBe(0);
		expect(await page.locator('body').innerText()).not.toContain('以演示身份进入');
		const demoSignIn = await context.request.post(`${demo.server.url}/api/auth/demo`, {
			data: { role: 'planner' },
			headers: { origin: demo.server.url }
		});
		expect(demoSignIn.status()).toBe(404);
		await context.close();
	});

	for (const [name, path] of [
		['map', '/'],
		['compare', '/compare'],
		['overview', '/overview'],
		['routes', '/routes']
	] as const) {
		it(`${name}: says to import data first, links to /import, shows no template text`, async () => {
			const page = await newPage();
			for (const lang of ['zh-CN', 'en'] as const) {
				if (lang === 'zh-CN') await page.goto(`${demo.server.url}${path}`);
				else await page.getByRole('button', { name: 'English' }).click();
				const notice = page.getByTestId('empty-data');
				await notice.waitFor({ timeout: 30_000 });
				expect(await notice.getAttribute('data-missing')).toBe('all');
				expect(await page.getByTestId('empty-data-import').getAttribute('href')).toBe('/import');
				// Let the page's other requests settle: nothing may stay "loading" for ever.
				await page.waitForLoadState('networkidle');
				const text = await page.locator('body').innerText();
				const selects = await page
					.locator('option')
					.evaluateAll((els) => els.map((e) => e.textContent ?? '').join(' '));
				expect(`${text} ${selects}`).not.toMatch(/\{\w+\}/);
				expect(text).not.toMatch(/正在加载|Loading…/);
				if (lang === 'en') expect(text).toContain('No data yet');
				expect(text).not.toContain('113.09');
				saveArtifact(`empty-${name}-${lang === 'en' ? 'en' : 'zh'}.png`, await page.screenshot());
			}
			await page.getByTestId('empty-data-import').click();
			// The page may keep the chosen language in its query (?lang=en).
			await page.waitForURL((u) => u.pathname === '/import');
			await page.context().close();
		}, 90_000);
	}

	it('offers no demo coordinates as the route start', async () => {
		const page = await newPage();
		await page.goto(`${demo.server.url}/routes`);
		await page.getByTestId('empty-data').waitFor();
		await page.waitForLoadState('networkidle');
		const depots = await page
			.locator('input[aria-label="出发点经度"], input[aria-label="出发点纬度"]')
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
		expect(depots.filter((v) => v === '113.09' || v === '22.96')).toEqual([]);
		await page.context().close();
	});

	it('tells the user when the online basemap’s tiles cannot be loaded', async () => {
		const page = await newPage();
		// The test machine is offline anyway; aborting makes the failure immediate and certain.
		await page.route(/tile\.openstreetmap\.org/, (route) => route.abort('internetdisconnected'));
		await page.goto(`${demo.server.url}/?basemap=osm`);
		const notice = page.getByTestId('basemap-unreachable');
		await notice.waitFor({ timeout: 30_000 });
		expect(await notice.textContent()).toContain('OpenStreetMap底图瓦片无法加载');
		saveArtifact('empty-basemap-failed-zh.png', await page.screenshot());
		await page.goto(`${demo.server.url}/?basemap=osm&lang=en`);
		await page.getByTestId('basemap-unreachable').waitFor({ timeout: 30_000 });
		expect(await page.getByTestId('basemap-unreachable').textContent()).toContain(
			'OpenStreetMap tiles cannot be loaded'
		);
		saveArtifact('empty-basemap-failed-en.png', await page.screenshot());
		await page.context().close();
	}, 90_000);
});
