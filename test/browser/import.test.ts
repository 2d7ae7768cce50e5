import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Point } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LayerCollection } from '../../server/contract/layers';
import type { Catalogues } from '../../web/src/api/catalogues';
import { wgs84ToGcj02, type LngLat } from '$geo/crs';
import { encodeGbk } from '../helpers/gbk';
import { bostonBlindSpots, bostonRawCsv } from '../helpers/real-data/boston';
import { useDemoServer } from './helpers/demo-server';
import { contextApi, signInDemo } from './helpers/sign-in';
import { waitMapReady } from './helpers/map-page';
import { saveArtifact } from './helpers/pixels';

const demo = useDemoServer('import');

interface Health {
	counts: { blindspots: number };
}

let page: Page;

let api: <T>(path: string) => Promise<T>;

/** A clerk's sheet as Excel on Chinese Windows saves it: GBK, Chinese headers, CRLF. */
function gbkCsv(rows: string[][]): Buffer {
	return Buffer.from(encodeGbk(rows.map((r) => r.join(',')).join('\r\n') + '\r\n'));
}

const HEADER = ['编号', '类别', '上报时间', '状态', '经度', '纬度', '描述'];
const fix6 = (x: number) => x.toFixed(6);

async function upload(name: string, bytes: Buffer): Promise<void> {
	await page.setInputFiles('[data-testid="import-file"]', {
		name,
		mimeType: 'text/csv',
		buffer: bytes
	});
	await page.waitForSelector('[data-testid="import-preview"]');
	await page.waitForFunction(() => document.querySelector('main.import')?.ariaBusy === 'false');
}

async function chooseKindBlindSpots(): Promise<void> {
	await page.click('input[name="import-kind"][value="blindspots"]');
	await page.click('input[name="import-crs"][value="gcj02"]');
}

beforeAll(async () => {
	const context = await demo.browser.newContext({
		viewport: { width: 1280, height: 900 },
		deviceScaleFactor: 1,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	});
	await signInDemo(context, demo.server.url, 'planner');
	api = contextApi(context, demo.server.url).get;
	page = await context.newPage();
	await page.goto(`${demo.server.url}/import`);
	await page.waitForSelector('[data-testid="import-help"]');
}, 180_000);

describe('import page', () => {
	let points: { id: string; wgs: LngLat }[] = [];

	it('imports a GBK CSV with Chinese headers and GCJ-02 coordinates after a dry run', async () => {
		const spots = await api<LayerCollection<'blindspots'>>('/api/layers/blindspots');
		const catalogues = await api<Catalogues>('/api/catalogues');
		const category = catalogues.blindSpotCategories[0].code;
		const before = (await api<Health>('/api/health')).counts.blindspots;
		// Three new cases 30 m east of three demo-town cases, as a phone in AMap would report them.
		points = spots.features.slice(0, 3).map((f, i) => {
			const [lng, lat] = (f.geometry as Point).coordinates as LngLat;
			return { id: `IMPORT-${i + 1}`, wgs: [lng + 0.0003, lat] };
		});
		const rows = points.map(({ id, wgs }) => {
			const [lng, lat] = wgs84ToGcj02(wgs);
			return [id, category, '2025-07-01 09:30', 'reported', fix6(lng), fix6(lat), '河边垃圾堆放'];
		});
		await chooseKindBlindSpots();
		await upload('死角台账.csv', gbkCsv([HEADER, ...rows]));

		expect(await page.textContent('[data-testid="import-encoding"]')).toContain('GBK');
		expect(await page.inputValue('select[data-field="lng"]')).toBe('经度');
		expect(await page.inputValue('select[data-field="reported_at"]')).toBe('上报时间');
		expect(await page.locator('[data-testid="import-sample"] tbody tr').count()).toBe(3);
		saveArtifact('import-preview.png', await page.screenshot({ fullPage: true }));

		await page.click('[data-testid="import-dry-run"]');
		await page.waitForSelector('[data-testid="import-result"][data-step="checked"]');
		expect(await page.textContent('[data-testid="import-result"]')).toContain('将新增 3 条');
		expect((await api<Health>('/api/health')).counts.blindspots).toBe(before);

		await page.click('[data-testid="import-commit"]');
		await page.waitForSelector('[data-testid="import-result"][data-step="done"]');
		expect(await page.textContent('[data-testid="import-result"]')).toContain('已新增 3 条');
		saveArtifact('import-done.png', await page.screenshot({ fullPage: true }));
		expect((await api<Health>('/api/health')).counts.blindspots).toBe(before + 3);
	}, 60_000);

	it('opens the map where the imported points sit at their WGS-84 positions', async () => {
		await page.click('[data-testid="import-open-map"]');
		await waitMapReady(page, 0, 60_000);
		const layer = await api<LayerCollection<'blindspots'>>('/api/layers/blindspots');
		for (const { id, wgs } of points) {
			const feature = layer.features.find((f) => String(f.id) === id || f.properties.id === id);
			expect(feature, id).toBeDefined();
			const [lng, lat] = (feature!.geometry as Point).coordinates as LngLat;
			expect(Math.abs(lng - wgs[0])).toBeLessThan(2e-6);
			expect(Math.abs(lat - wgs[1])).toBeLessThan(2e-6);
		}
		saveArtifact('import-map.png', await page.screenshot());
	}, 90_000);

	it('refuses a broken file listing every bad row, and writes nothing', async () => {
		await page.goto(`${demo.server.url}/import`);
		await page.waitForSelector('[data-testid="import-help"]');
		const before = (await api<Health>('/api/health')).counts.blindspots;
		const catalogues = await api<Catalogues>('/api/catalogues');
		const category = catalogues.blindSpotCategories[0].code;
		const good = ['BROKEN-1', category, '2025-07-02', 'reported', '113.1', '22.97', '好的一行'];
		await chooseKindBlindSpots();
		await upload(
			'坏台账.csv',
			gbkCsv([
				HEADER,
				good,
				['BROKEN-2', 'no_such_category', '2025-07-02', 'reported', '113.1', '22.97', ''],
				['BROKEN-3', category, '2025-13-45', 'reported', '113.1', '22.97', ''],
				['BROKEN-4', category, '2025-07-02', 'reported', '113.1', '95', ''],
				good
			])
		);
		await page.click('[data-testid="import-dry-run"]');
		await page.waitForSelector('[data-testid="import-rejected"]');
		const firstRows = () =>
			page.$$eval('[data-testid="import-rejected"] tbody tr', (trs) =>
				trs.map((tr) => Number((tr as HTMLElement).dataset.firstRow))
			);
		// Row 1 is the header: the bad rows are 3, 4, 5 and the duplicate id on row 6.
		expect(await firstRows()).toEqual([3, 4, 5, 6]);
		expect(await page.textContent('[data-testid="import-rejected"] tbody tr')).toContain(
			'第 3 行类别'
		);
		expect(await page.textContent('[data-testid="import-rejected"] h2')).toContain('4 行');
		expect(await page.isDisabled('[data-testid="import-commit"]')).toBe(true);

		await page.click('[data-testid="import-rejected"] th:nth-child(1) button');
		expect((await firstRows())[0]).toBe(6);
		await page.click('[data-testid="import-rejected"] th:nth-child(1) button');
		saveArtifact('import-rejected.png', await page.screenshot({ fullPage: true }));
		expect((await api<Health>('/api/health')).counts.blindspots).toBe(before);
	}, 60_000);

	it('groups 500 Boston 311 rows into two Chinese lines, and English ones on switching', async () => {
		await page.goto(`${demo.server.url}/import`);
		await page.waitForSelector('[data-testid="import-help"]');
		await page.click('input[name="import-kind"][value="blindspots"]');
		await page.click('input[name="import-crs"][value="wgs84"]');
		await upload('boston-311.csv', Buffer.from(bostonRawCsv('Rodent Activity.csv', 500)));
		const mapping = {
			id: 'CASE_ENQUIRY_ID',
			category: 'TYPE',
			reported_at: 'OPEN_DT',
			lng: 'LONGITUDE',
			lat: 'LATITUDE'
		};
		for (const [field, column] of Object.entries(mapping)) {
			await page.selectOption(`select[data-field="${field}"]`, column);
			await page.waitForFunction(() => document.querySelector('main.import')?.ariaBusy === 'false');
		}
		await page.click('[data-testid="import-dry-run"]');
		await page.waitForSelector('[data-testid="import-rejected"] tbody tr');
		const lines = () =>
			page.$$eval('[data-testid="import-rejected"] tbody tr', (trs) =>
				trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim()))
			);
		const zh = await lines();
		expect(zh).toHaveLength(2);
		expect(zh[0].slice(0, 2)).toEqual(['第 2–501 行', 'OPEN_DT']);
		expect(zh[0][2]).toContain('不是可识别的日期，请写成 2024-05-03 或 2024/5/3 09:30');
		expect(zh[0][2]).toContain('文件中写的是：“01/02/2015 11:15:21 AM”');
		expect(zh[1].slice(0, 2)).toEqual(['第 2–501 行', 'TYPE']);
		expect(zh[1][2]).toMatch(/^类别应为 积存垃圾渣土、动物尸体、.* 之一/);
		expect(zh[1][2]).toContain('“Rodent Activity”');
		const title = await page.textContent('[data-testid="import-rejected"] h2');
		expect(title).toContain('发现 1000 个问题，涉及 500 行');
		expect(title).toContain('归为 2 类');
		saveArtifact('import-grouped-zh.png', await page.screenshot({ fullPage: true }));

		await page.click('button[lang="en"]');
		await page.waitForFunction(() =>
			document.querySelector('[data-testid="import-rejected"] td')?.textContent?.startsWith('rows')
		);
		const en = await lines();
		expect(en.map((l) => l.slice(0, 2))).toEqual([
			['rows 2–501', 'OPEN_DT'],
			['rows 2–501', 'TYPE']
		]);
		expect(en[0][2]).toContain('not a date; write it like 2024-05-03 or 2024/5/3 09:30');
		expect(en[1][2]).toMatch(/^category must be one of Accumulated waste and muck, /);
		saveArtifact('import-grouped-en.png', await page.screenshot({ fullPage: true }));
		await page.click('button[lang="zh-CN"]');
	}, 90_000);

	it('warns about Boston points in a Chinese town and imports them only when confirmed', async () => {
		await page.goto(`${demo.server.url}/import`);
		await page.waitForSelector('[data-testid="import-help"]');
		const before = (await api<Health>('/api/health')).counts.blindspots;
		const spots = bostonBlindSpots('Rodent Activity.csv', 'exposed_garbage');
		const csv = spots.csv.split('\r\n').slice(0, 51).join('\r\n');
		await page.click('input[name="import-kind"][value="blindspots"]');
		await page.click('input[name="import-crs"][value="wgs84"]');
		await upload('boston-points.csv', Buffer.from(csv));
		await page.click('[data-testid="import-dry-run"]');
		await page.waitForSelector('[data-testid="import-warnings"]');
		expect(await page.textContent('[data-testid="import-warnings"] h2')).toContain(
			'50 个点离所有已有区域都很远'
		);
		expect(await page.textContent('[data-testid="import-warnings"] tbody')).toContain('第 2–51 行');
		expect(await page.isDisabled('[data-testid="import-commit"]')).toBe(true);
		saveArtifact('import-far-zh.png', await page.screenshot({ fullPage: true }));
		await page.check('[data-testid="import-allow-far"]');
		expect(await page.isDisabled('[data-testid="import-commit"]')).toBe(false);
		await page.click('[data-testid="import-commit"]');
		await page.waitForSelector('[data-testid="import-result"][data-step="done"]');
		expect((await api<Health>('/api/health')).counts.blindspots).toBe(before + 50);
	}, 60_000);
});
