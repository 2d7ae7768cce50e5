import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResponse } from '../../web/src/api/comparison';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { saveArtifact } from './helpers/pixels';

let session: DashboardSession;
let page: Page;

async function waitBothReady(): Promise<void> {
	await page.waitForFunction(
		() => {
			const els = [...document.querySelectorAll<HTMLElement>('[data-map-ready]')];
			return els.length === 2 && els.every((e) => e.dataset.mapReady === 'true');
		},
		null,
		{ timeout: 60_000 }
	);
}

/** Hovers the middle of a map's upper half (the town centre) and returns the tooltip there. */
async function hoverMap(side: 'a' | 'b') {
	const box = (await page.getByTestId(`map-${side}`).locator('.map-box').boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.45, { steps: 4 });
	const tooltip = page.getByTestId(`map-${side}`).getByRole('tooltip');
	await tooltip.waitFor({ timeout: 10_000 });
	return tooltip;
}

beforeAll(async () => {
	session = await openDashboard('/compare');
	page = session.page;
	await waitBothReady();
	await page.getByTestId('compare-table').waitFor();
}, 180_000);

afterAll(() => session?.close());

describe('the two compare maps', () => {
	it('draw the roads and the zone and key-road names on both maps', async () => {
		for (const side of ['a', 'b']) {
			const ids = (await page
				.getByTestId(`map-${side}`)
				.locator('[data-deck-layers]')
				.getAttribute('data-deck-layers'))!.split(' ');
			expect(ids).toEqual(expect.arrayContaining(['roads:other', 'roads:key', 'labels:text']));
			// Names are drawn last, above the choropleth and roads.
			expect(ids.at(-1)).toBe('labels:text');
		}
	});

	it('show both periods’ values in the tooltip of a hovered zone, on either map', async () => {
		const query = new URLSearchParams({
			pest: await page.getByTestId('compare-pest').inputValue(),
			method: await page.getByTestId('compare-method').inputValue(),
			a: await page.getByTestId('period-a').inputValue(),
			b: await page.getByTestId('period-b').inputValue(),
			by: 'zone'
		});
		const api = await session.api<CompareResponse>(`/api/compare?${query}`);
		const tooltipA = await hoverMap('a');
		const lines = (await tooltipA.innerText()).split('\n');
		const unit = api.units.find((u) => u.name === lines[0].trim());
		expect(unit, lines[0]).toBeDefined();
		const text = await tooltipA.innerText();
		expect(text).toContain(`A · `);
		expect(text).toContain(unit!.a.value!.toFixed(2));
		expect(text).toContain(unit!.b.value!.toFixed(2));
		saveArtifact('compare-tooltip-zh.png', await page.screenshot());
		const tooltipB = await hoverMap('b');
		expect(await tooltipB.innerText()).toBe(text);
		expect(await page.getByTestId('map-a').getByRole('tooltip').count()).toBe(0);
		await page.getByRole('button', { name: 'English' }).click();
		const tooltipEn = await hoverMap('a');
		expect(await tooltipEn.innerText()).toContain('Change');
		saveArtifact('compare-tooltip-en.png', await page.screenshot());
	}, 60_000);
});
