// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import {
	OverviewState,
	type OverviewApi
} from '../../../../web/src/pages/overview/overview-state.svelte';

const tick = () => new Promise((r) => setTimeout(r, 0));

function createPage() {
	const requests: string[] = [];
	const api: OverviewApi = {
		client: {
			meta: async () => ({ dateRange: { from: '2025-03-01', to: '2025-08-31' } }) as never,
			catalogues: async () =>
				({ surveyMethods: [{ code: 'rat.indoor_signs', pest: 'rat' }] }) as never
		},
		getJson: async <T>(url: string) => {
			requests.push(url);
			return { season: { id: '2025-summer' }, pests: [] } as T;
		}
	};
	const page = new OverviewState(api);
	const stop = $effect.root(() => page.start());
	return { page, requests, stop };
}

describe('OverviewState', () => {
	it('lets the server pick the season first, then asks for the one chosen', async () => {
		const { page, requests, stop } = createPage();
		flushSync();
		await tick();
		expect(requests).toEqual(['/api/overview']);
		expect(page.shownSeason).toBe('2025-summer');
		page.season = '2025-spring';
		flushSync();
		await tick();
		expect(requests).toEqual(['/api/overview', '/api/overview?season=2025-spring']);
		expect(page.shownSeason).toBe('2025-spring');
		stop();
	});

	it('offers the seasons the data covers, newest first', async () => {
		const { page, stop } = createPage();
		expect(page.seasons).toEqual([]);
		flushSync();
		await tick();
		expect(page.seasons.map((s) => s.id)).toEqual(['2025-summer', '2025-spring']);
		expect(page.method('rat.indoor_signs')?.pest).toBe('rat');
		expect(page.method('nope')).toBeNull();
		stop();
	});
});
