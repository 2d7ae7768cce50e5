import type { Page } from 'playwright-core';

const MAP = '[data-map-ready]';

/** How many times the map has become ready so far (the `data-map-ready-count` attribute). */
export async function readyCount(page: Page): Promise<number> {
	return Number((await page.getAttribute(MAP, 'data-map-ready-count')) ?? 0);
}

/**
 * Waits until the map is ready again after `before` (a `readyCount`), so a wait that starts
 * before the flag drops to "false" cannot pass on the old frame.
 */
export async function waitMapReady(page: Page, before = 0, timeout = 30_000): Promise<void> {
	await page.waitForFunction(
		([selector, n]) => {
			const el = document.querySelector<HTMLElement>(selector as string);
			return el?.dataset.mapReady === 'true' && Number(el.dataset.mapReadyCount) > (n as number);
		},
		[MAP, before],
		{ timeout }
	);
}

/** Does `action` and waits for the map to settle after it. */
export async function andWaitReady(page: Page, action: () => Promise<unknown>): Promise<void> {
	const before = await readyCount(page);
	await action();
	await waitMapReady(page, before);
}

/** Page position of a coordinate through the app's documented hook (web/src/map/test-hook.ts). */
export async function project(page: Page, lngLat: [number, number]): Promise<[number, number]> {
	const point = await page.evaluate((p) => window.__sanimap?.project(p) ?? null, lngLat);
	if (!point) throw new Error('window.__sanimap.project is not installed');
	return point;
}
