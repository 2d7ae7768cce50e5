import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';
import { andWaitReady, readyCount, waitMapReady } from './helpers/map-page';
import { cellCentre } from '$geo/h3-cells';

let session: DashboardSession;
let page: Page;
let teamPath: string;

/** Saves a one-team plan over three open blind spots through the API; returns its team page. */
async function saveTeamPlan(): Promise<string> {
	const spots = await session.api<{
		features: { properties: { id: string }; geometry: { coordinates: number[] } }[];
	}>('/api/layers/blindspots?status=reported');
	const stops = spots.features.slice(0, 3).map((f) => ({
		id: f.properties.id,
		lng: f.geometry.coordinates[0],
		lat: f.geometry.coordinates[1],
		serviceMin: 10
	}));
	const post = async (path: string, body: unknown) => {
		const res = await fetch(`${session.server.url}${path}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
		return res.json();
	};
	const start = { lng: stops[0].lng, lat: stops[0].lat };
	const planned = await post('/api/routes/plan', { stops, teams: [{ id: 'team-1', start }] });
	const saved = await post('/api/routes', {
		name: '无障碍检查',
		date: '2025-06-01',
		pest: 'mosquito',
		routes: planned.routes,
		unassigned: planned.unassigned
	});
	return `/routes/${saved.id}/teams/team-1`;
}

beforeAll(async () => {
	session = await openDashboard('/');
	page = session.page;
	teamPath = await saveTeamPlan();
}, 180_000);

afterAll(() => session?.close());

/** Pages with a map are checked once it has drawn; the others once their heading is there. */
async function open(path: string, map: boolean): Promise<void> {
	await page.goto(`${session.server.url}${path}`);
	if (map) await waitMapReady(page, 0, 60_000);
	else await page.locator('h1, h2').first().waitFor();
}

describe('accessibility (axe-core) of every page in Chinese', () => {
	const pages: [string, () => string, boolean][] = [
		['map', () => '/', true],
		['compare', () => '/compare', true],
		['overview', () => '/overview', false],
		['routes', () => '/routes', true],
		['team', () => teamPath, true],
		['import', () => '/import', false]
	];
	for (const [name, path, map] of pages) {
		it(`${name}: no serious or critical violation`, async () => {
			await open(path(), map);
			expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
			expect(await seriousViolations(page)).toEqual([]);
		}, 90_000);
	}
});

describe('the map’s lists with the keyboard', () => {
	it('moves between priority rows with the arrows and flies to the one Enter picks', async () => {
		await open('/?layers=zones', true);
		await andWaitReady(page, () => page.getByTestId('hotspot-toggle').check());
		await page.getByTestId('priority-toggle').click();
		const buttons = page.getByTestId('priority-list').locator('tbody tr button');
		await buttons.nth(1).waitFor();
		const second = await buttons.nth(1).textContent();
		// From the drawer's close button, Tab enters the list at its first row.
		await page.getByTestId('priority').locator('button.close').focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('tr')?.rowIndex)).toBe(1);
		await page.keyboard.press('ArrowDown');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(second);
		const before = await readyCount(page);
		const url = page.url();
		await page.keyboard.press('Enter');
		await waitMapReady(page, before);
		expect(await buttons.nth(1).getAttribute('aria-current')).toBe('true');
		expect(page.url()).not.toBe(url);
		const h3 = await page
			.getByTestId('priority-list')
			.locator('tbody tr')
			.nth(1)
			.getAttribute('data-h3');
		const target = cellCentre(h3!);
		const c = new URL(page.url()).searchParams.get('c')!.split(',').map(Number);
		// The view centre lies near the row's place (the padding keeps it clear of the drawer).
		expect(Math.hypot(c[0] - target[0], c[1] - target[1])).toBeLessThan(0.01);
	}, 120_000);
});
