import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
	CompareResponse,
	OverviewResponse,
	SprayingResponse
} from '../../web/src/api/comparison';
import type { LayerCollection } from '../../server/contract/layers';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { andWaitReady, project } from './helpers/map-page';
import { saveArtifact } from './helpers/pixels';

/**
 * Issue 11: the figures a leader reads. One server for items 1, 2, 4, 5 and 16; each view is
 * saved in Chinese and in English (test/artifacts/i11-*.png).
 */
let session: DashboardSession;
let page: Page;
const B00317: [number, number] = [113.082861, 22.960301];

beforeAll(async () => {
	session = await openDashboard(`/?layers=blindspots&z=18&c=${B00317.join(',')}`);
	page = session.page;
}, 180_000);
afterAll(() => session?.close());

async function lang(code: 'zh-CN' | 'en'): Promise<void> {
	await page.locator(`button[lang="${code}"]`).first().click();
}
const text = async (testid: string) => (await page.getByTestId(testid).textContent()) ?? '';

describe('issue 11: figures a leader reads, in the browser', () => {
	it('item 5: a case 17 months past its deadline says so in its details panel', async () => {
		const layer = await session.api<LayerCollection<'blindspots'>>('/api/layers/blindspots');
		const props = layer.features.find((f) => f.id === 'B00317')!.properties;
		expect(props.overdue).toBe(true);
		expect(props.overdueDays).toBeGreaterThan(500);
		const [x, y] = await project(page, B00317);
		await page.mouse.click(x, y);
		const details = page.getByTestId('details-panel');
		await details.waitFor();
		expect(await details.textContent()).toContain('B00317');
		expect(await details.textContent()).toContain(`已超期 ${props.overdueDays} 天`);
		saveArtifact('i11-blindspot-zh.png', await page.screenshot());
		await lang('en');
		expect(await details.textContent()).toContain(`Overdue by ${props.overdueDays} days`);
		saveArtifact('i11-blindspot-en.png', await page.screenshot());
		await lang('zh-CN');
	}, 60_000);

	// The weekly BI rounds of the dengue season (issue 17) now enter the summer's sums: 西岸社区's
	// BI is 5.04 over them (12.96 over the few summer households before), a transmission risk.
	it('item 4: 西岸社区 in summer 2025 is A but its BI puts it in a risk band', async () => {
		await page.goto(`${session.server.url}/?layers=zones&density=1&dpest=mosquito&dperiod=summer`);
		await page.getByTestId('density-table-toggle').click();
		const table = page.getByTestId('density-table');
		await table.waitFor();
		expect(
			await table.locator('tr[data-unit="c05"] td[data-aedes]').getAttribute('data-aedes')
		).toBe('transmission');
		await andWaitReady(page, () => table.locator('tr[data-unit="c05"]').click());
		const panel = page.getByTestId('density-panel');
		const risk = panel.getByTestId('aedes-risk');
		await risk.waitFor();
		expect(await risk.getAttribute('data-leading')).toBe('true');
		expect(await risk.textContent()).toContain('有传播风险');
		expect(await risk.textContent()).toContain('5.04');
		const riskTop = (await risk.boundingBox())!.y;
		const levelTop = (await panel.locator('.overall').boundingBox())!.y;
		expect(riskTop).toBeLessThan(levelTop);
		expect(await panel.locator('.overall [data-level]').getAttribute('data-level')).toBe('A');
		saveArtifact('i11-aedes-zh.png', await page.screenshot());
		await lang('en');
		expect(await risk.textContent()).toContain('Risk of transmission');
		saveArtifact('i11-aedes-en.png', await page.screenshot());
		await lang('zh-CN');
	}, 90_000);

	it('item 1: the compare table grades and compares the method in view', async () => {
		await page.goto(`${session.server.url}/compare`);
		await page.getByTestId('compare-table').waitFor();
		await page.getByTestId('compare-pest').selectOption('mosquito');
		await page.getByTestId('compare-method').selectOption('mosquito.route_index');
		await page.getByTestId('period-a').selectOption('2024-summer');
		await page.getByTestId('period-b').selectOption('2025-summer');
		const api = await session.api<CompareResponse>(
			'/api/compare?pest=mosquito&method=mosquito.route_index&a=2024-summer&b=2025-summer&by=zone'
		);
		const row = page.getByTestId('compare-table').locator('tbody tr', { hasText: '龙江社区' });
		await expect.poll(() => row.locator('td').nth(1).textContent()).toContain('0.58');
		expect(await row.locator('td').nth(1).locator('[data-level]').getAttribute('data-level')).toBe(
			'C'
		);
		const c07 = api.units.find((u) => u.id === 'c07')!;
		expect(await row.getAttribute('data-change')).toBe(c07.levelChange);
		const c05 = page.getByTestId('compare-table').locator('tbody tr', { hasText: '西岸社区' });
		expect(await c05.locator('[data-aedes-band]').last().getAttribute('data-aedes-band')).toBe(
			'transmission'
		);
		saveArtifact('i11-compare-zh.png', await page.screenshot({ fullPage: true }));
		await page.getByTestId('compare-method').selectOption('mosquito.light_trap');
		await expect.poll(() => text('compare-level-note')).toContain('不评级');
		await expect
			.poll(() => page.getByTestId('compare-table').locator('[data-level]').first().textContent())
			.toBe('不评级');
		saveArtifact('i11-compare-ungraded-zh.png', await page.screenshot({ fullPage: true }));
		await lang('en');
		await page.getByTestId('compare-method').selectOption('mosquito.route_index');
		await expect.poll(() => row.locator('td').nth(1).textContent()).toContain('0.58');
		saveArtifact('i11-compare-en.png', await page.screenshot({ fullPage: true }));
		await lang('zh-CN');
	}, 90_000);

	it('item 16: a spring round before the first light trap says why and which window', async () => {
		await page.getByTestId('compare-method').selectOption('mosquito.light_trap');
		await page.getByRole('tab', { name: '消杀效果' }).click();
		const api = await session.api<SprayingResponse>(
			'/api/spraying/effect?pest=mosquito&method=mosquito.light_trap'
		);
		const table = page.getByTestId('spray-table');
		await table.waitFor();
		const why = table.getByTestId('spray-unjudged');
		expect(await why.count()).toBe(api.rounds.filter((r) => r.unjudged).length);
		expect(await why.first().textContent()).toContain('早于当年第一次监测');
		const surveys = await table.getByTestId('spray-surveys').allTextContents();
		expect(surveys).toHaveLength(api.rounds.length);
		const r = api.rounds[1];
		expect(surveys[1]).toBe(
			`监测次数：处理区 ${r.pre.treated.surveys} → ${r.post.treated.surveys}，对照区 ${r.pre.control.surveys} → ${r.post.control.surveys}`
		);
		saveArtifact('i11-spraying-zh.png', await page.screenshot({ fullPage: true }));
		await lang('en');
		expect(await why.first().textContent()).toContain('before the first survey of the year');
		saveArtifact('i11-spraying-en.png', await page.screenshot({ fullPage: true }));
		await lang('zh-CN');
	}, 60_000);

	it('item 2: a winter without surveys says so and counts nothing as an improvement', async () => {
		await page.goto(`${session.server.url}/overview`);
		await page.getByTestId('overview-card').first().waitFor();
		await page.getByTestId('overview-season').selectOption('2025-winter');
		const rat = page.locator('[data-testid="overview-card"][data-pest="rat"]');
		await expect
			.poll(() => rat.getByTestId('overview-headline').textContent())
			.toBe('鼠：本季没有监测记录，无法评级，也不与去年同期比较');
		const api = await session.api<OverviewResponse>('/api/overview?season=2025-winter');
		expect(api.pests.every((p) => p.surveyedUnits === 0)).toBe(true);
		expect(await page.getByTestId('overview-no-surveys').count()).toBe(4);
		expect(await page.locator('.mark').allTextContents()).toEqual([]);
		saveArtifact('i11-overview-winter-zh.png', await page.screenshot({ fullPage: true }));
		await lang('en');
		await expect
			.poll(() => rat.getByTestId('overview-headline').textContent())
			.toContain('no surveys this season');
		saveArtifact('i11-overview-winter-en.png', await page.screenshot({ fullPage: true }));
		await lang('zh-CN');
	}, 60_000);
});
