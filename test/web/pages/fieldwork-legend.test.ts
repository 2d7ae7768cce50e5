import { describe, expect, it } from 'vitest';
import { Locale } from '../../../web/src/i18n/locale.svelte';
import { formatFrontage } from '../../../web/src/map/layers/frontage';
import { formatVolunteers } from '../../../web/src/map/layers/volunteers';
import { hexToRgba } from '../../../web/src/map/colors';
import { fieldworkLegend } from '../../../web/src/pages/map/fieldwork-legend';
import type { FrontageFeatureProperties } from '../../../server/contract/frontage';
import type { VolunteerActivityView } from '../../../server/contract/patrols';

const unit = (lastCheck: FrontageFeatureProperties['lastCheck']) =>
	({
		id: lastCheck,
		lng: 113,
		lat: 23,
		lastCheck,
		recentFailures: 0,
		frontage: { type: 'LineString', coordinates: [] }
	}) as unknown as FrontageFeatureProperties;
const activity = (kind: VolunteerActivityView['kind'], area: boolean) =>
	({
		id: kind,
		kind,
		heldOn: '2026-06-01',
		lng: 113,
		lat: 23,
		area: area
			? {
					type: 'Polygon',
					coordinates: [
						[
							[113, 23],
							[113.1, 23],
							[113, 23.1],
							[113, 23]
						]
					]
				}
			: null
	}) as unknown as VolunteerActivityView;
const rgba = (css: string) => css.match(/[\d.]+/g)!.map(Number);

describe('map legend of the 门前三包 and volunteer layers (issue 15)', () => {
	it('shows nothing for layers that are off', () => {
		const { t } = new Locale();
		expect(fieldworkLegend({ frontage: false, volunteers: false }, t, 'zh-CN')).toEqual([]);
	});

	it('names each last-check state in Chinese with the colour its points are drawn in', () => {
		const { t } = new Locale();
		const [section] = fieldworkLegend({ frontage: true, volunteers: false }, t, 'zh-CN');
		expect(section.title).toBe('门前三包');
		const drawn = formatFrontage([unit('pass'), unit('fail'), unit('unchecked')]).points;
		const byLabel = Object.fromEntries(section.entries.map((e) => [e.label, e.color]));
		for (const [label, state] of [
			['最近检查合格', 'pass'],
			['最近检查不合格', 'fail'],
			['未检查', 'unchecked']
		] as const) {
			const point = drawn.find((p) => p.unit.lastCheck === state)!;
			expect(hexToRgba(byLabel[label])).toEqual(point.color);
		}
		expect(section.entries.map((e) => e.label)).toContain('屡查屡犯（30天内不合格≥3次）');
	});

	it('gives the volunteer kinds in English with the fill and outline of their drawn areas', () => {
		const locale = new Locale();
		locale.lang = 'en';
		const { t } = locale;
		const sections = fieldworkLegend({ frontage: true, volunteers: true }, t, 'en');
		expect(sections.map((s) => s.title)).toEqual(['Frontage units', 'Volunteer work']);
		const drawn = formatVolunteers([activity('cleanup', true), activity('spraying', true)]).areas;
		const entries = sections[1].entries;
		expect(entries.map((e) => e.label)).toEqual(['Volunteer clean-up', 'Volunteer spraying']);
		entries.forEach((entry, i) => {
			// The swatch's rgba() fill is the area's fill; its alpha 0–1 is the layer's 0–255.
			const [r, g, b, a] = rgba(entry.color);
			expect([r, g, b]).toEqual(drawn[i].fill.slice(0, 3));
			expect(a).toBeCloseTo(drawn[i].fill[3] / 255, 2);
			expect(hexToRgba(entry.edge!)).toEqual(drawn[i].line);
		});
	});
});
