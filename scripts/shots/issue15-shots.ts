/**
 * Screenshots of issue 15 on the demo town (run against a server started on a fresh DB):
 *   SHOTS_URL=http://127.0.0.1:5915 npx tsx scripts/shots/issue15-shots.ts
 * Writes /work/shots-i15/*.png (and the referral sheet as an A4 PDF and its print-media PNG).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../test/browser/helpers/launch-browser';
import { project, waitMapReady } from '../../test/browser/helpers/map-page';
import { signInDemo } from '../../test/browser/helpers/sign-in';

const URL = process.env.SHOTS_URL ?? 'http://127.0.0.1:5915';
const OUT = process.env.SHOTS_DIR ?? '/work/shots-i15';
const only = process.argv.slice(2);
mkdirSync(OUT, { recursive: true });

async function desktop(browser: Browser, role = 'planner'): Promise<Page> {
	const context = await browser.newContext({
		viewport: { width: 1400, height: 900 },
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	});
	await signInDemo(context, URL, role as 'planner');
	return context.newPage();
}

const want = (k: string) => only.length === 0 || only.includes(k);

const browser = await launchBrowser();
try {
	if (want('a')) {
		const page = await desktop(browser);
		for (const lang of ['zh-CN', 'en']) {
			await page.goto(`${URL}/?frontage=1&z=16.5&c=113.07400,22.96260&lang=${lang}`);
			await waitMapReady(page, 0, 90_000);
			await page.getByTestId('frontage-layer').waitFor();
			await page.waitForTimeout(1500);
			await page.screenshot({ path: `${OUT}/a-map-frontage-${lang}.png` });
		}
	}
	if (want('b')) {
		const page = await desktop(browser);
		for (const lang of ['zh-CN', 'en']) {
			await page.goto(`${URL}/frontage/FU0461?lang=${lang}`);
			await page.getByTestId('frontage-checks').waitFor({ timeout: 60_000 });
			await page.waitForTimeout(800);
			await page.screenshot({ path: `${OUT}/b-unit-FU0461-${lang}.png`, fullPage: true });
		}
	}
	if (want('c')) {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			deviceScaleFactor: 2,
			isMobile: true,
			hasTouch: true,
			locale: 'zh-CN',
			timezoneId: 'Asia/Shanghai',
			geolocation: {
				longitude: Number(process.env.PLNG),
				latitude: Number(process.env.PLAT),
				accuracy: 10
			},
			permissions: ['geolocation']
		});
		await signInDemo(context, URL, 'patrol');
		const page = await context.newPage();
		await page.goto(`${URL}/m`);
		await page.getByTestId('tab-patrol').click();
		await page.locator('[data-testid=unit]').first().waitFor({ timeout: 30_000 });
		await page.screenshot({ path: `${OUT}/c-phone-patrol-off-zh.png` });
		await page.getByTestId('patrol-start').click();
		await page.getByTestId('patrol-on').waitFor();
		await page.waitForTimeout(1500);
		const u = page.locator('[data-testid=unit]').first();
		await u.getByRole('button').first().click();
		await u.getByTestId('check-fail').click();
		const form = u.getByTestId('check-form');
		await form.getByTestId('item-litter').check();
		await form.getByTestId('measure-order').check();
		await page.screenshot({ path: `${OUT}/c-phone-patrol-on-zh.png` });
		await form.getByTestId('measure-order').scrollIntoViewIfNeeded();
		await page.screenshot({ path: `${OUT}/c-phone-check-form-zh.png` });
	}
	if (want('d')) {
		const page = await desktop(browser);
		await page.goto(`${URL}/referrals/FV00148?lang=zh-CN`);
		await page.getByTestId('referral-sheet').waitFor({ timeout: 60_000 });
		await page.waitForTimeout(800);
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 794, height: 1123 });
		await page.screenshot({ path: `${OUT}/d-referral-print-zh.png`, fullPage: true });
		await page.pdf({ path: `${OUT}/d-referral-zh.pdf`, format: 'A4', printBackground: true });
	}
	if (want('e')) {
		const page = await desktop(browser);
		for (const lang of ['zh-CN', 'en']) {
			await page.goto(`${URL}/scorecards?month=2025-12&lang=${lang}`);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(5000);
			await page.screenshot({ path: `${OUT}/e-scorecards-${lang}.png` });
			await page.goto(`${URL}/scorecards/notice?month=2025-12&lang=${lang}`);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(1500);
			await page.emulateMedia({ media: 'print' });
			await page.setViewportSize({ width: 794, height: 1123 });
			await page.screenshot({ path: `${OUT}/e-notice-print-${lang}.png`, fullPage: true });
			await page.setViewportSize({ width: 1400, height: 900 });
			await page.emulateMedia({ media: 'screen' });
		}
	}
	if (want('f')) {
		const page = await desktop(browser);
		await page.goto(`${URL}/patrols?period=week&date=2025-12-10&lang=zh-CN`);
		await page.waitForLoadState('networkidle');
		await page.waitForTimeout(4000);
		await page.screenshot({ path: `${OUT}/f-patrols-week-2025-12-08-zh.png`, fullPage: true });
	}
	if (want('g')) {
		// VA014, a 义务清扫 of a green belt in the demo (113.084985, 22.9365): zoomed in, clicked.
		const page = await desktop(browser);
		for (const lang of ['zh-CN', 'en']) {
			await page.goto(`${URL}/?volunteers=1&z=17&c=113.08460,22.93650&lang=${lang}`);
			await waitMapReady(page, 0, 90_000);
			await page.getByTestId('volunteer-legend').waitFor({ timeout: 30_000 });
			await page.waitForTimeout(1500);
			const [x, y] = await project(page, [113.084985, 22.9365]);
			await page.mouse.click(x, y);
			await page.getByTestId('volunteer-details').waitFor({ timeout: 10_000 });
			await page.getByTestId('volunteer-layer').scrollIntoViewIfNeeded();
			await page.screenshot({ path: `${OUT}/g-map-volunteers-${lang}.png` });
		}
	}
} finally {
	await browser.close();
}
