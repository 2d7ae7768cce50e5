import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { chicagoCommunityZones, chicagoTrapSurveys } from '../../helpers/real-data/chicago';
import { importCanonical } from '../../helpers/real-data/paths';
import { createEmptyStore } from '../../helpers/mini-town';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';

/**
 * `/api/hotspots` neighbourhoods on the Chicago WNV traps (../shared/data/real, SOURCES.md
 * §1–2): 77 community areas as zones, one mosquito.light_trap survey per trap and date.
 * 131 of the 136 traps have their mean position in a community area (chicago.test.ts: 6
 * suburban traps have surveys outside; one of them moved, and its mean lies inside).
 */
let db: Database;
let app: TestApp;
beforeAll(async () => {
	db = await createEmptyStore();
	await importCanonical(db, 'zones', { name: 'chicago.geojson', bytes: chicagoCommunityZones() });
	await importCanonical(db, 'surveys', { name: 'wnv.csv', bytes: chicagoTrapSurveys().csv });
	app = createTestApp({ db, version: 'test' });
}, 120_000);
afterAll(async () => db?.close());

const PEST = '/api/hotspots?subject=pest&pest=mosquito&method=mosquito.light_trap';
const get = async (query: string) => {
	const res = await app.request(`${PEST}${query}`);
	const text = await res.text();
	return { status: res.status, text, body: JSON.parse(text) };
};

describe('GET /api/hotspots on the Chicago traps', () => {
	it('on the default H3 grid, says how many surveyed cells have no neighbour', async () => {
		const { status, body } = await get('');
		expect(status).toBe(200);
		expect(body.meta).toMatchObject({ neighbourhood: 'h3', k: 1, res: 9, bandM: null });
		expect(body.meta.noNeighbours).toBeGreaterThan(body.meta.cells / 2);
		// Measured: 119 of the 130 surveyed cells in the community areas (92 %).
		expect([body.meta.noNeighbours, body.meta.cells]).toEqual([119, 130]);
		const alone = body.features.filter(
			(f: { properties: { reason?: string } }) => f.properties.reason === 'no_neighbours'
		);
		expect(alone).toHaveLength(body.meta.noNeighbours);
	});

	it('by distance, the default band gives every site a neighbour and is reported', async () => {
		const { status, body, text } = await get('&neighbourhood=distance');
		expect(status).toBe(200);
		expect(body.meta).toMatchObject({ neighbourhood: 'distance', cells: 131, noNeighbours: 0 });
		expect(body.meta.bandM).toBe(body.meta.defaultBandM);
		// Wider than over all 136 traps (3,830.5 m): some city traps' nearest trap is suburban.
		expect(body.meta.bandM).toBe(5440.2);
		expect(body.meta.bandM).toBeGreaterThan(1000);
		expect(body.features[0].geometry.type).toBe('Point');
		const props = body.features.map((f: { properties: { z: number | null } }) => f.properties);
		expect(props.every((p: { z: number | null }) => p.z !== null)).toBe(true);
		expect(props.reduce((s: number, p: { surveys: number }) => s + p.surveys, 0)).toBeGreaterThan(
			4000
		);
		expect(text).not.toMatch(/NaN|Infinity/);
	});

	it('a narrower band leaves sites without a neighbour and counts them', async () => {
		const { body } = await get('&neighbourhood=distance&bandM=500');
		expect(body.meta.bandM).toBe(500);
		expect(body.meta.noNeighbours).toBe(110); // measured
		const alone = body.features.filter(
			(f: { properties: { reason?: string } }) => f.properties.reason === 'no_neighbours'
		);
		expect(alone).toHaveLength(body.meta.noNeighbours);
	});

	it('k nearest sites: 8 by default, nobody alone', async () => {
		const { body } = await get('&neighbourhood=knn');
		expect(body.meta).toMatchObject({ neighbourhood: 'knn', nearest: 8, noNeighbours: 0 });
		const three = await get('&neighbourhood=knn&nearest=3');
		expect(three.body.meta.nearest).toBe(3);
	});

	it('one zone: only its sites', async () => {
		const { body } = await get('&neighbourhood=distance&zone=CA-17');
		expect(body.meta.zone).toBe('CA-17');
		expect(body.features.map((f: { properties: { site: string } }) => f.properties.site)).toContain(
			'T002'
		);
		expect(body.meta.cells).toBeLessThan(10);
	});

	it.each([
		['&neighbourhood=ring', 'neighbourhood'],
		['&neighbourhood=distance&bandM=0', 'bandM'],
		['&neighbourhood=distance&bandM=50001', 'bandM'],
		['&neighbourhood=distance&bandM=far', 'bandM'],
		['&neighbourhood=knn&bandM=900', 'bandM'],
		['&neighbourhood=knn&nearest=0', 'nearest'],
		['&neighbourhood=knn&nearest=31', 'nearest']
	])('%s is a 400 naming %s', async (query, parameter) => {
		const { status, text } = await get(query);
		expect(status).toBe(400);
		expect(text).toContain(parameter);
	});

	it('site neighbourhoods need survey sites: blind spots are refused', async () => {
		const res = await app.request('/api/hotspots?neighbourhood=distance');
		expect(res.status).toBe(400);
		expect(await res.text()).toContain('subject=pest');
	});
});
