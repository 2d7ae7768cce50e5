// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import {
	CompareState,
	type CompareApi
} from '../../../../web/src/pages/compare/compare-state.svelte';

const tick = () => new Promise((r) => setTimeout(r, 0));

const META = {
	name: 'Demo',
	bbox: [113, 22.9, 113.1, 23],
	dateRange: { from: '2024-03-01', to: '2025-08-31' }
};
const METHODS = [
	{ code: 'mosquito.bi', pest: 'mosquito' },
	{ code: 'mosquito.route_index', pest: 'mosquito' },
	{ code: 'rat.glue_board', pest: 'rat' },
	{ code: 'rat.indoor_signs', pest: 'rat' }
];

function createPage(meta: object = META) {
	const requests: string[] = [];
	const api: CompareApi = {
		client: {
			meta: async () => meta as never,
			catalogues: async () => ({ surveyMethods: METHODS }) as never,
			layer: async (layer: string) => {
				requests.push(`layer/${layer}`);
				return { type: 'FeatureCollection', features: [] } as never;
			}
		},
		getJson: async <T>(url: string) => {
			requests.push(url);
			return (url.startsWith('/api/campaigns') ? { campaigns: [] } : { units: [] }) as T;
		}
	};
	const page = new CompareState(api);
	const stop = $effect.root(() => page.start());
	return { page, requests, stop };
}

async function settle() {
	flushSync();
	await tick();
	flushSync();
	await tick();
}

describe('CompareState', () => {
	it('on an empty install says there are no periods to pick, not blank pickers', async () => {
		const empty = { name: 'SaniMap', bbox: null, dateRange: { from: null, to: null } };
		const { page, requests, stop } = createPage(empty);
		expect(page.periodPickers).toBe('loading');
		await settle();
		expect(page.periodPickers).toBe('no_data');
		expect(requests.filter((r) => r.startsWith('/api/compare'))).toEqual([]);
		stop();
		const full = createPage();
		await settle();
		expect(full.page.periodPickers).toBe('ready');
		full.stop();
	});

	it('opens on the pest’s main method and the last two summers of the data', async () => {
		const { page, requests, stop } = createPage();
		await settle();
		expect(page.activeMethod).toBe('mosquito.route_index');
		expect([page.periodA, page.periodB]).toEqual(['2024-summer', '2025-summer']);
		expect(requests).toContain(
			'/api/compare?pest=mosquito&method=mosquito.route_index&a=2024-summer&b=2025-summer&by=zone'
		);
		expect(requests).toContain(
			'/api/series?pest=mosquito&method=mosquito.route_index&years=2024%2C2025'
		);
		expect(requests).toContain('/api/spraying/effect?pest=mosquito&method=mosquito.route_index');
		stop();
	});

	it('forgets the chosen method when the pest changes', async () => {
		const { page, requests, stop } = createPage();
		await settle();
		page.method = 'mosquito.bi';
		expect(page.activeMethod).toBe('mosquito.bi');
		page.choosePest('rat');
		await settle();
		expect(page.activeMethod).toBe('rat.indoor_signs');
		expect(requests).toContain(
			'/api/compare?pest=rat&method=rat.indoor_signs&a=2024-summer&b=2025-summer&by=zone'
		);
		stop();
	});

	it('loads emerging hot spots once, the first time they are shown', async () => {
		const { page, requests, stop } = createPage();
		await settle();
		const emerging = () => requests.filter((r) => r.startsWith('/api/hotspots/emerging'));
		expect(emerging()).toEqual([]);
		page.showEmerging = true;
		await settle();
		page.showEmerging = false;
		await settle();
		page.showEmerging = true;
		await settle();
		expect(emerging()).toHaveLength(1);
		stop();
	});

	it('offers the table as files only once the query is known', async () => {
		const { page, stop } = createPage();
		expect(page.exportUrls('en')).toBeNull();
		await settle();
		expect(page.exportUrls('en')?.xlsx).toBe(
			'/api/compare/export?pest=mosquito&method=mosquito.route_index&a=2024-summer&b=2025-summer&by=zone&format=xlsx&lang=en'
		);
		stop();
	});

	it('fits map B to where the user moved map A', () => {
		const { page, stop } = createPage();
		flushSync();
		page.viewA.settle({ center: [113.05, 22.95], zoom: 14 }, [113, 22.9, 113.1, 23], true);
		flushSync();
		expect(page.viewB.target?.bbox).toEqual([113, 22.9, 113.1, 23]);
		stop();
	});
});

describe('CompareState on the two maps', () => {
	it('loads the roads for both maps beside the zones', async () => {
		const { requests, stop } = createPage();
		await settle();
		expect(requests).toContain('layer/zones');
		expect(requests).toContain('layer/roads');
		stop();
	});
});
