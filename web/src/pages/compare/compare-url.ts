import { PESTS } from '../../api/codes';
import type { PageUrlBinding } from '../../state/page-url-sync.svelte';
import { codeParam, oneOf, periodParam, unlessDefault } from '../../state/url-params';
import {
	COMPARE_COLOURS,
	COMPARE_TABS,
	COMPARE_UNIT_KINDS,
	DEFAULT_COMPARE,
	type CompareState
} from './compare-state.svelte';

/**
 * The comparison in the URL: `pest`, `method`, periods `a` and `b`, unit kind `by`, `colour`,
 * `emerging=1` and `tab`, e.g. `/compare?pest=rat&a=2024&b=2025-spring&tab=series`.
 */
export function compareUrlBinding(page: CompareState): PageUrlBinding {
	return {
		keys: ['pest', 'method', 'a', 'b', 'by', 'colour', 'emerging', 'tab'],
		toParams: () => ({
			pest: unlessDefault(page.pest, DEFAULT_COMPARE.pest),
			method: page.method,
			a: page.a,
			b: page.b,
			by: unlessDefault(page.by, DEFAULT_COMPARE.by),
			colour: unlessDefault(page.colourBy, DEFAULT_COMPARE.colourBy),
			emerging: page.showEmerging ? '1' : null,
			tab: unlessDefault(page.tab, DEFAULT_COMPARE.tab)
		}),
		fromParams: (p) => {
			page.pest = oneOf(p, 'pest', PESTS, DEFAULT_COMPARE.pest);
			page.method = codeParam(p, 'method');
			page.a = periodParam(p, 'a');
			page.b = periodParam(p, 'b');
			page.by = oneOf(p, 'by', COMPARE_UNIT_KINDS, DEFAULT_COMPARE.by);
			page.colourBy = oneOf(p, 'colour', COMPARE_COLOURS, DEFAULT_COMPARE.colourBy);
			page.showEmerging = p.get('emerging') === '1';
			page.tab = oneOf(p, 'tab', COMPARE_TABS, DEFAULT_COMPARE.tab);
		}
	};
}
