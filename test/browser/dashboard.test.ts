import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../server/contract/case-states';
import type { LayerCollection } from '../../server/contract/layers';
import type { Catalogues } from '../../web/src/api/catalogues';
import type {} from '../../web/src/map/test-hook';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { andWaitReady, waitMapReady } from './helpers/map-page';
import { countDifferentPixels, saveArtifact } from './helpers/pixels';
import { findIsolatedBlindSpot } from './helpers/pick-target';

/** The map area no panel covers at 1280×800 (left panel ends at x≈312, legend starts x≈1018). */
const MAP_CLIP = { x: 330, y: 60, width: 680, height: 470 };
/** Fewer changed pixels than this means the layer did not really draw. */
const MIN_CHANGED_PIXELS = 400;
/** Switching a layer off and on again must give back (nearly) the same picture. */
const MAX_RESTORE_PIXELS = 60;

let session: DashboardSession;
let page: Page;

const api = <T>(path: string) => session.api<T>(path);

const shoot = () => page.screenshot({ clip: MAP_CLIP });

beforeAll(async () => {
	session = await openDashboard('/');
	page = session.page;
}, 180_000);

afterAll(() => session?.close());

describe('dashboard in the browser', () => {
	it('opens in Chinese with the synthetic-data badge', async () => {
		saveArtifact('dashboard-zh.png', await page.screenshot());
		expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await page.textContent('#layers-heading')).toBe('图层');
		expect(await page.textContent('#filters-heading')).toBe('筛选');
		expect(await page.textContent('[data-testid="synthetic-badge"]')).toContain('合成示范数据');
	});

	const LAYERS = ['zones', 'roads', 'keyRoads', 'surveys', 'blindspots', 'pois', 'labels'];
	for (const layer of LAYERS) {
		it(`draws the ${layer} layer: switching it off changes the map, on restores it`, async () => {
			const box = page.locator(`input[data-layer="${layer}"]`);
			const before = await shoot();
			await andWaitReady(page, () => box.click());
			expect(await box.isChecked()).toBe(false);
			const off = await shoot();
			await andWaitReady(page, () => box.click());
			const back = await shoot();
			saveArtifact(`layer-${layer}-on.png`, before);
			saveArtifact(`layer-${layer}-off.png`, off);
			const changed = countDifferentPixels(before, off, `layer-${layer}-diff.png`);
			const restored = countDifferentPixels(before, back, `layer-${layer}-restored-diff.png`);
			saveArtifact(
				`layer-${layer}-pixels.json`,
				Buffer.from(JSON.stringify({ changed, restored }))
			);
			expect(changed).toBeGreaterThan(MIN_CHANGED_PIXELS);
			expect(restored).toBeLessThan(MAX_RESTORE_PIXELS);
		}, 60_000);
	}

	it('names a blind spot on hover and in the details panel on click', async () => {
		const [blindspots, pois, catalogues] = await Promise.all([
			api<LayerCollection<'blindspots'>>('/api/layers/blindspots'),
			api<LayerCollection<'pois'>>('/api/layers/pois'),
			api<Catalogues>('/api/catalogues')
		]);
		const target = await findIsolatedBlindSpot(page, blindspots, pois, MAP_CLIP);
		const category = catalogues.blindSpotCategories.find((c) => c.code === target.category);
		expect(category).toBeDefined();
		await page.mouse.move(target.x, target.y);
		await expect.poll(() => page.textContent('[role="tooltip"]')).toContain(category!.nameZh);
		saveArtifact('blindspot-hover.png', await page.screenshot());
		await page.mouse.click(target.x, target.y);
		const details = page.locator('[data-testid="details-panel"]');
		await details.waitFor();
		expect(await details.textContent()).toContain(category!.nameZh);
		expect(await details.textContent()).toContain(target.id);
		saveArtifact('blindspot-details.png', await page.screenshot());
	}, 60_000);

	it('switches to English, labels included, and keeps the choice in the URL', async () => {
		await page.getByRole('button', { name: 'English' }).click();
		await expect.poll(() => page.textContent('#layers-heading')).toBe('Layers');
		expect(await page.getAttribute('html', 'lang')).toBe('en');
		expect(await page.textContent('[data-testid="details-panel"]')).toMatch(/Category/);
		expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
		saveArtifact('dashboard-en.png', await page.screenshot());
	});

	it('keeps filters and the view in the URL across a reload', async () => {
		const closed = page.locator('input[data-filter="status"][value="closed"]');
		await andWaitReady(page, () => closed.click());
		const status = new URL(page.url()).searchParams.get('status');
		// Every case status but 已结案 (issue 14 has eight).
		expect(status?.split(',').sort()).toEqual(CASE_STATUSES.filter((s) => s !== 'closed').sort());
		await page.mouse.move(MAP_CLIP.x + 340, MAP_CLIP.y + 235);
		await andWaitReady(page, () => page.mouse.wheel(0, -300));
		const zoomed = new URL(page.url()).searchParams;
		expect(zoomed.get('z')).toMatch(/^\d+\.\d\d$/);
		expect(zoomed.get('c')).toMatch(/^113\.\d{5},22\.\d{5}$/);
		await page.reload();
		await waitMapReady(page, 0, 60_000);
		const restored = new URL(page.url()).searchParams;
		expect(restored.get('status')).toBe(status);
		expect(restored.get('z')).toBe(zoomed.get('z'));
		expect(restored.get('c')).toBe(zoomed.get('c'));
		expect(await closed.isChecked()).toBe(false);
		expect(await page.locator('input[data-filter="status"][value="reported"]').isChecked()).toBe(
			true
		);
		expect(await page.textContent('#layers-heading')).toBe('Layers');
		saveArtifact('dashboard-filtered-en.png', await page.screenshot());
	}, 60_000);
});
