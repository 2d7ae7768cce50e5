// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { PageHeader, type HeaderInfo } from '../../../web/src/app/page-header.svelte';

const info = (datasetName: string): HeaderInfo => ({
	datasetName,
	synthetic: false,
	onTogglePanel: null
});

describe('PageHeader', () => {
	it('shows the page’s info and blanks when the page goes', () => {
		const header = new PageHeader();
		expect(header.info.datasetName).toBeNull();
		const hide = header.show(() => info('Demo town'));
		expect(header.info.datasetName).toBe('Demo town');
		hide();
		expect(header.info.datasetName).toBeNull();
	});

	it('keeps the next page’s info when the previous page goes after it arrived', () => {
		const header = new PageHeader();
		const hideMap = header.show(() => info('from map'));
		header.show(() => info('from compare'));
		hideMap();
		expect(header.info.datasetName).toBe('from compare');
	});

	it('keeps the next page’s info when the previous page’s teardown runs in the same update', () => {
		const header = new PageHeader();
		const route = $state({ page: 'map' });
		const stop = $effect.root(() => {
			$effect(() => {
				if (route.page === 'compare') return header.show(() => info('from compare'));
			});
			$effect(() => {
				if (route.page === 'map') return header.show(() => info('from map'));
			});
		});
		flushSync();
		route.page = 'compare';
		flushSync();
		expect(header.info.datasetName).toBe('from compare');
		stop();
	});
});
