// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../web/src/api/client';
import { HotspotData } from '../../../web/src/state/hotspot-data.svelte';
import { HotspotSettings } from '../../../web/src/state/hotspot-settings.svelte';

const tick = () => new Promise((r) => setTimeout(r, 0));

function createData(lastDate: string | null = '2025-12-31') {
	const requests: string[] = [];
	const record = (path: string) => {
		requests.push(path);
		return Promise.resolve({ type: 'FeatureCollection', features: [] } as never);
	};
	const api = {
		hotspots: (q: string) => record(`hotspots?${q}`),
		roadRanking: (u: string) => record(u),
		priorities: (u: string) => record(u),
		layer: (layer: string, q: string) => record(`layer/${layer}?${q}`)
	} as unknown as Pick<ApiClient, 'hotspots' | 'roadRanking' | 'priorities' | 'layer'>;
	const settings = new HotspotSettings();
	const data = new HotspotData(api, settings, {
		lastDate: () => lastDate,
		methodsOf: (pest) => (pest === 'mosquito' ? ['mosquito.light_trap', 'mosquito.bi'] : [])
	});
	const stop = $effect.root(() => data.start());
	return { data, settings, requests, stop };
}

describe('HotspotData', () => {
	it('asks nothing while off, then the Gi* cells of the data’s last year', async () => {
		const { settings, requests, stop } = createData();
		flushSync();
		expect(requests).toEqual([]);
		settings.on = true;
		flushSync();
		await tick();
		expect(requests).toEqual([
			'hotspots?subject=blindspots&res=9&k=1&fdr=false&from=2025-01-01&to=2025-12-31&format=cells'
		]);
		stop();
	});

	it('uses the pest’s first method until one is chosen, and waits when it has none', () => {
		const { data, settings, stop } = createData();
		settings.on = true;
		settings.subject = 'pest';
		settings.choosePest('mosquito');
		expect(data.query?.method).toBe('mosquito.light_trap');
		settings.method = 'mosquito.bi';
		expect(data.query?.method).toBe('mosquito.bi');
		settings.choosePest('rat');
		expect(data.query).toBeNull();
		stop();
	});

	it('loads the period’s blind spots for the heat map and the lists only when asked', async () => {
		const { data, settings, requests, stop } = createData();
		settings.on = true;
		settings.kde = true;
		data.priorityOpen = true;
		settings.roads = true;
		flushSync();
		await tick();
		expect(requests).toContain('layer/blindspots?from=2025-01-01&to=2025-12-31');
		expect(requests).toContain(
			'/api/priorities?from=2025-01-01&to=2025-12-31&limit=30&format=json'
		);
		expect(requests).toContain('/api/hotspots/roads?from=2025-01-01&to=2025-12-31&format=geojson');
		stop();
	});

	it('waits for the last date before a preset period can be resolved', () => {
		const { data, settings, stop } = createData(null);
		settings.on = true;
		expect(data.span).toBeNull();
		expect(data.query).toBeNull();
		settings.choosePeriod('custom', null);
		settings.setDate('from', '2024-03-01');
		expect(data.query?.from).toBe('2024-03-01');
		stop();
	});
});
