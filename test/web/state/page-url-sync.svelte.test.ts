// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { CompareState } from '../../../web/src/pages/compare/compare-state.svelte';
import { compareUrlBinding } from '../../../web/src/pages/compare/compare-url';
import { OverviewState } from '../../../web/src/pages/overview/overview-state.svelte';
import { overviewUrlBinding } from '../../../web/src/pages/overview/overview-url';
import { PlanForm } from '../../../web/src/pages/spray-plans/plan-form.svelte';
import { planUrlBinding } from '../../../web/src/pages/spray-plans/plan-url';
import type { PageUrlAccess } from '../../../web/src/state/page-url';
import { bindPageUrl, type PageUrlBinding } from '../../../web/src/state/page-url-sync.svelte';

/** A browser history in memory: entries of query strings, one current, with back/forward. */
function createHistory(initial: string, pathname = '/compare') {
	const entries = [initial.replace(/^\?/, '')];
	let index = 0;
	let path = pathname;
	const listeners = new Set<() => void>();
	const access: PageUrlAccess = {
		read: () => entries[index],
		write: (search) => (entries[index] = search),
		push: (search) => {
			entries.splice(index + 1, entries.length, search);
			index += 1;
		},
		pathname: () => path,
		onPop: (listener) => {
			listeners.add(listener);
			return () => listeners.delete(listener);
		}
	};
	const pop = (step: number) => {
		index += step;
		for (const l of listeners) l();
		flushSync();
	};
	return {
		access,
		entries,
		current: () => entries[index],
		back: () => pop(-1),
		forward: () => pop(1),
		leaveTo: (p: string) => (path = p)
	};
}

function bind(history: ReturnType<typeof createHistory>, binding: PageUrlBinding) {
	const stop = $effect.root(() => bindPageUrl(history.access, binding));
	flushSync();
	return stop;
}

const compareApi = {
	client: { meta: async () => null as never, catalogues: async () => null as never } as never,
	getJson: async () => null as never
};

describe('the comparison in the URL (issue 11 item 11)', () => {
	it('opens on a link’s picks and writes nothing for a plain visit', () => {
		const plain = createHistory('');
		const stopPlain = bind(plain, compareUrlBinding(new CompareState(compareApi)));
		expect(plain.entries).toEqual(['']);
		stopPlain();

		const history = createHistory(
			'?pest=rat&method=rat.snap_trap&a=2024&b=2025-spring&by=grid&tab=series&lang=en'
		);
		const page = new CompareState(compareApi);
		const stop = bind(history, compareUrlBinding(page));
		expect([page.pest, page.method, page.a, page.b, page.by, page.tab]).toEqual([
			'rat',
			'rat.snap_trap',
			'2024',
			'2025-spring',
			'grid',
			'series'
		]);
		expect(history.entries).toHaveLength(1);
		stop();
	});

	it('adds a history entry per pick, leaves out defaults, and back restores the pick', () => {
		const history = createHistory('?lang=en');
		const page = new CompareState(compareApi);
		const stop = bind(history, compareUrlBinding(page));
		page.choosePest('rat');
		flushSync();
		expect(history.current()).toBe('lang=en&pest=rat');
		page.chooseMethod('rat.indoor_signs'); // the rat default: not written
		page.tab = 'spraying';
		flushSync();
		expect(history.current()).toBe('lang=en&pest=rat&tab=spraying');
		page.choosePest('mosquito');
		flushSync();
		expect(history.current()).toBe('lang=en&tab=spraying');
		history.back();
		expect([page.pest, page.tab]).toEqual(['rat', 'spraying']);
		history.back();
		expect([page.pest, page.tab]).toEqual(['rat', 'table']);
		history.forward();
		expect(page.tab).toBe('spraying');
		expect(history.entries).toEqual([
			'lang=en',
			'lang=en&pest=rat',
			'lang=en&pest=rat&tab=spraying',
			'lang=en&tab=spraying'
		]);
		stop();
	});

	it('ignores malformed values and tidies them away without a history entry', () => {
		const history = createHistory('?pest=dragon&a=drop%20table&by=h3&tab=series');
		const page = new CompareState(compareApi);
		const stop = bind(history, compareUrlBinding(page));
		expect([page.pest, page.a, page.by, page.tab]).toEqual(['mosquito', null, 'zone', 'series']);
		expect(history.entries).toEqual(['tab=series']);
		stop();
	});

	it('stops writing once the user has left the page', () => {
		const history = createHistory('?pest=rat');
		const page = new CompareState(compareApi);
		const stop = bind(history, compareUrlBinding(page));
		history.leaveTo('/');
		page.choosePest('fly');
		flushSync();
		expect(history.entries).toEqual(['pest=rat']);
		stop();
	});
});

describe('the overview’s season and the planner’s filters in the URL', () => {
	it('keeps the season', () => {
		const history = createHistory('?season=2024-summer', '/overview');
		const page = new OverviewState(compareApi);
		const stop = bind(history, overviewUrlBinding(page));
		expect(page.season).toBe('2024-summer');
		page.season = '2025-spring';
		flushSync();
		expect(history.current()).toBe('season=2025-spring');
		history.back();
		expect(page.season).toBe('2024-summer');
		stop();
	});

	it('keeps the stop source, level and pest; defaults stay out', () => {
		const history = createHistory('?source=survey_sites&pest=fly', '/routes');
		const form = new PlanForm({} as never);
		const stop = bind(history, planUrlBinding(form));
		expect([form.source, form.level, form.pest]).toEqual(['survey_sites', 'FAIL', 'fly']);
		form.level = 'C';
		flushSync();
		expect(history.current()).toBe('source=survey_sites&pest=fly&level=C');
		form.source = 'blindspots_open';
		form.level = 'FAIL';
		form.pest = 'mosquito';
		flushSync();
		expect(history.current()).toBe('');
		stop();
	});
});
