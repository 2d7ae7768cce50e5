// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { HotspotSettings } from '../../../web/src/state/hotspot-settings.svelte';
import { DensitySettings } from '../../../web/src/state/density-settings.svelte';
import { Filters } from '../../../web/src/state/filters.svelte';
import type { Lang } from '../../../web/src/state/lang';
import { LayerVisibility } from '../../../web/src/state/layer-visibility.svelte';
import { MapViewState } from '../../../web/src/state/map-view.svelte';
import { Symbology } from '../../../web/src/state/symbology.svelte';
import { restoreFromUrl, syncToUrl, type UrlAccess } from '../../../web/src/state/url-sync.svelte';
import { Selection, type PickedFeature } from '../../../web/src/state/selection.svelte';
import { parseUrlState } from '../../../web/src/state/url-state';

function createUrl(initial: string) {
	const writes: string[] = [];
	let search = initial;
	const access: UrlAccess = {
		read: () => search,
		write: (next) => {
			search = next;
			writes.push(next);
		}
	};
	return { access, writes, current: () => search };
}

class LocaleStub {
	lang = $state<Lang>('zh-CN');
}

function createTargets() {
	return {
		filters: new Filters(),
		visibility: new LayerVisibility(),
		view: new MapViewState(),
		symbology: new Symbology(),
		densitySettings: new DensitySettings(),
		hotspotSettings: new HotspotSettings(),
		locale: new LocaleStub()
	};
}

describe('url sync', () => {
	it('restores filters, layers, view and language from the URL', () => {
		const url = createUrl('?z=15.00&c=113.10000,22.95000&layers=zones,roads&pest=rat&lang=en');
		const targets = createTargets();
		restoreFromUrl(url.access, targets);
		expect(targets.filters.pests).toEqual(['rat']);
		expect(targets.visibility.list).toEqual(['zones', 'roads']);
		expect(targets.view.intent).toEqual({ zoom: 15, center: [113.1, 22.95] });
		expect(targets.locale.lang).toBe('en');
	});

	it('does not write a URL full of defaults on start', () => {
		const url = createUrl('');
		const targets = createTargets();
		const stop = $effect.root(() => syncToUrl(url.access, targets));
		flushSync();
		stop();
		expect(url.writes).toEqual([]);
	});

	it('writes what the user changes, and only that', () => {
		const url = createUrl('');
		const targets = createTargets();
		const stop = $effect.root(() => syncToUrl(url.access, targets));
		flushSync();
		targets.filters.toggle('statuses', 'closed', [
			'reported',
			'dispatched',
			'processing',
			'closed'
		]);
		flushSync();
		expect(url.current()).toBe('status=reported,dispatched,processing');
		targets.view.settle({ zoom: 14, center: [113, 23] }, [112.9, 22.9, 113.1, 23.1], false);
		flushSync();
		expect(url.current()).toBe('status=reported,dispatched,processing');
		targets.view.settle({ zoom: 14, center: [113, 23] }, [112.9, 22.9, 113.1, 23.1], true);
		targets.locale.lang = 'en';
		flushSync();
		expect(url.current()).toBe(
			'z=14.00&c=113.00000,23.00000&status=reported,dispatched,processing&lang=en'
		);
		targets.filters.reset();
		targets.locale.lang = 'zh-CN';
		flushSync();
		expect(url.current()).toBe('z=14.00&c=113.00000,23.00000');
		stop();
	});

	it('restores density mode and writes back only what differs from its defaults', () => {
		const url = createUrl('?density=1&dpest=mosquito&dperiod=summer');
		const targets = createTargets();
		restoreFromUrl(url.access, targets);
		expect(targets.densitySettings.values).toMatchObject({
			on: true,
			pest: 'mosquito',
			by: 'zone',
			period: 'summer'
		});
		const stop = $effect.root(() => syncToUrl(url.access, targets));
		flushSync();
		expect(url.writes).toEqual([]);
		targets.densitySettings.by = 'h3';
		targets.densitySettings.res = 9;
		flushSync();
		expect(url.current()).toBe('density=1&dpest=mosquito&dby=h3&dres=9&dperiod=summer');
		targets.densitySettings.on = false;
		flushSync();
		expect(url.current()).toBe('dpest=mosquito&dby=h3&dres=9&dperiod=summer');
		stop();
	});

	it('shows the feature a link selects once its layer has it, and writes a click as sel', () => {
		const url = createUrl('?sel=blindspots:B00317');
		let loaded: PickedFeature[] = $state([]);
		const selection = new Selection(
			(ref) => loaded.find((f) => f.layer === ref.layer && f.properties.id === ref.id) ?? null
		);
		const targets = { ...createTargets(), selection };
		restoreFromUrl(url.access, targets);
		expect(selection.selected).toBeNull();
		const b00317 = {
			layer: 'blindspots',
			properties: { id: 'B00317' },
			geometry: null,
			x: 0,
			y: 0
		} as unknown as PickedFeature;
		loaded = [b00317];
		expect(selection.selected).toEqual(b00317);
		const stop = $effect.root(() => syncToUrl(url.access, targets));
		flushSync();
		expect(url.writes).toEqual([]);
		selection.select({ ...b00317, layer: 'surveys', properties: { id: 'S9' } } as PickedFeature);
		flushSync();
		expect(url.current()).toBe('sel=surveys:S9');
		selection.select(null);
		flushSync();
		expect(url.current()).toBe('');
		stop();
	});

	it('keeps the density panel’s zone while density mode is on', () => {
		const url = createUrl('?density=1&zone=c01');
		const density = { selectedId: null as string | null };
		const targets = { ...createTargets(), density };
		restoreFromUrl(url.access, targets);
		expect(density.selectedId).toBe('c01');
		expect(parseUrlState('?zone=c01;drop').zone).toBeUndefined();
		expect(parseUrlState('?sel=nowhere:x').selected).toBeUndefined();
	});
});
