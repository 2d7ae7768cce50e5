import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Point } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LayerCollection } from '../../server/contract/layers';
import type { Catalogues } from '../../web/src/api/catalogues';
import { wgs84ToGcj02, type LngLat } from '$geo/crs';
import { encodeGbk } from '../helpers/gbk';
import { startServer, type RunningServer } from '../helpers/server-process';
import { ensureWebBuilt } from './helpers/ensure-built';
import { launchBrowser } from './helpers/launch-browser';
import { waitMapReady } from './helpers/map-page';
import { saveArtifact } from './helpers/pixels';

interface Health {
	counts: { blindspots: number };
}

let server: RunningServer;
let browser: Browser;
let page: Page;
let dataDir: string;

async function api<T>(path: string): Promise<T> {
	const response = await fetch(`${server.url}${path}`);
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return (await response.json()) as T;
}

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
	ensureWebBuilt();
	dataDir = mkdtempSync(join(tmpdir(), 'sanimap-import-'));
	server = await startServer({ SANIMAP_DB: join(dataDir, 'sanimap.duckdb') }, 120_000);
	browser = await launchBrowser();
	const context = await browser.newContext({
		viewport: { width: 1280, height: 900 },
		deviceScaleFactor: 1,
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	});
	page = await context.newPage();
	await page.goto(`${server.url}/import`);
	await page.waitForSelector('[data-testid="import-help"]');
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.stop();
	if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

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
		await page.goto(`${server.url}/import`);
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
		const rowNumbers = await page.$$eval(
			'[data-testid="import-rejected"] tbody tr td:first-child',
			(tds) => [...new Set(tds.map((td) => Number(td.textContent)))]
		);
		// Row 1 is the header: the bad rows are 3, 4, 5 and the duplicate id on row 6.
		expect(rowNumbers).toEqual([3, 4, 5, 6]);
		expect(await page.textContent('[data-testid="import-rejected"] h2')).toContain('4 行');
		expect(await page.isDisabled('[data-testid="import-commit"]')).toBe(true);

		await page.click('[data-testid="import-rejected"] th:nth-child(1) button');
		const descending = await page.$$eval(
			'[data-testid="import-rejected"] tbody tr td:first-child',
			(tds) => tds.map((td) => Number(td.textContent))
		);
		expect(descending[0]).toBe(6);
		await page.click('[data-testid="import-rejected"] th:nth-child(1) button');
		saveArtifact('import-rejected.png', await page.screenshot({ fullPage: true }));
		expect((await api<Health>('/api/health')).counts.blindspots).toBe(before);
	}, 60_000);
});
