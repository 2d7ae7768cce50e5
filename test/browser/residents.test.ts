/**
 * Issue 14 item 11 in the browser: an anonymous resident reports a problem with a photo on a
 * phone-sized page, reads its state by number, and finds it on the notice board without any
 * name or photo. Screenshots go to /work/shots-public for review.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makeJpeg } from '../helpers/photos';
import { seriousViolations } from './helpers/axe';
import { useDemoServer } from './helpers/demo-server';

const demo = useDemoServer('residents');

const SHOTS = '/work/shots-public';

function context(width: number, height: number, locale = 'zh-CN'): Promise<BrowserContext> {
	return demo.browser.newContext({
		viewport: { width, height },
		deviceScaleFactor: 1,
		locale,
		timezoneId: 'Asia/Shanghai',
		...(width < 500 ? { isMobile: true, hasTouch: true } : {})
	});
}

function shot(name: string, png: Buffer) {
	mkdirSync(SHOTS, { recursive: true });
	writeFileSync(join(SHOTS, name), png);
}

describe('residents’ pages, signed in as no one', () => {
	let caseNumber = '';

	it('reports a problem with a photo at 390 px and reads its state by number', async () => {
		const ctx = await context(390, 844);
		const page = await ctx.newPage();
		await page.goto(`${demo.server.url}/report`);
		await page.locator('#report-category option').nth(1).waitFor({ state: 'attached' });
		expect(await seriousViolations(page)).toEqual([]);
		shot('report-zh-390.png', await page.screenshot({ fullPage: true }));
		await page.locator('#report-category').selectOption({ index: 1 });
		const photo = join(demo.dataDir, 'site.jpg');
		writeFileSync(photo, await makeJpeg(320, 240));
		await page.locator('#report-photos').setInputFiles(photo);
		const sketch = page.getByTestId('town-sketch');
		const box = (await sketch.boundingBox())!;
		await sketch.click({ position: { x: box.width / 2, y: box.height / 2 } });
		await page.getByTestId('picked-pin').waitFor();
		await page.locator('#report-description').fill('路口垃圾桶满溢');
		await page.getByRole('button', { name: '提交上报' }).click();
		await page.getByTestId('report-done').waitFor();
		caseNumber = (await page.getByTestId('case-number').textContent())!.trim();
		expect(caseNumber).toMatch(/^C\d{8}-[0-9A-F]{6}$/);
		shot('report-sent-zh-390.png', await page.screenshot({ fullPage: true }));

		await page.getByRole('link', { name: '查询处理进度' }).click();
		await page.getByTestId('case-state').waitFor();
		expect(await page.getByTestId('case-state').textContent()).toContain('已上报');
		expect(await page.getByTestId('case-state').textContent()).toContain(caseNumber);
		expect(await seriousViolations(page)).toEqual([]);
		await ctx.close();
	}, 120_000);

	it('lists the report on the notice board with category, state and dates, no name or photo', async () => {
		for (const [width, height, name] of [
			[1280, 900, 'board-zh-desktop.png'],
			[390, 844, 'board-zh-390.png']
		] as const) {
			const ctx = await context(width, height);
			const page = await ctx.newPage();
			await page.goto(`${demo.server.url}/board`);
			const row = page.locator(`[data-case="${caseNumber}"]`);
			await row.waitFor();
			expect(await row.textContent()).toContain('已上报');
			expect(await page.locator('main img').count()).toBe(0);
			const text = await page.locator('main').textContent();
			expect(text).not.toMatch(/路口垃圾桶满溢|演示·|demo-|system:/);
			expect(await seriousViolations(page)).toEqual([]);
			shot(name, await page.screenshot({ fullPage: width < 500 }));
			await ctx.close();
		}
	}, 120_000);

	it('speaks English when asked, and the login page links the residents’ pages', async () => {
		const ctx = await context(390, 844, 'en');
		const page = await ctx.newPage();
		await page.goto(`${demo.server.url}/report?lang=en`);
		await page.getByRole('heading', { name: 'Report a problem' }).waitFor();
		shot('report-en-390.png', await page.screenshot({ fullPage: true }));
		await page.goto(`${demo.server.url}/login`);
		await page.getByTestId('resident-link').click();
		await page.locator('#report-category').waitFor();
		await ctx.close();
	}, 60_000);
});
