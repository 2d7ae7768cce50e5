/**
 * Legend entries of the issue 15 map layers, the 门前三包 units (by their last check) and the
 * volunteer work: the colours come from the constants the layers draw with, never copied.
 */
import { VOLUNTEER_KINDS, VOLUNTEER_KIND_NAMES } from '../../../../server/contract/patrols';
import type { Translate } from '../../i18n';
import { hexToRgba } from '../../map/colors';
import { FRONTAGE_COLORS, REPEAT_RING } from '../../map/layers/frontage';
import { VOLUNTEER_AREA_ALPHA, VOLUNTEER_COLORS } from '../../map/layers/volunteers';
import type { Lang } from '../../state/lang';

export interface LegendEntry {
	shape: 'dot' | 'ring' | 'line' | 'area';
	color: string;
	edge?: string;
	label: string;
}

export interface LegendSection {
	id: 'frontage' | 'volunteers';
	title: string;
	entries: LegendEntry[];
}

const css = (hex: string, alpha: number) => {
	const [r, g, b, a] = hexToRgba(hex, alpha);
	return `rgba(${r}, ${g}, ${b}, ${Math.round((a / 255) * 100) / 100})`;
};

/** The sections for the layers switched on, in the order their panels list them. */
export function fieldworkLegend(
	on: { frontage: boolean; volunteers: boolean },
	t: Translate,
	lang: Lang
): LegendSection[] {
	const sections: LegendSection[] = [];
	if (on.frontage) {
		sections.push({
			id: 'frontage',
			title: t('frontage.layer'),
			entries: [
				...(['pass', 'fail', 'unchecked'] as const).map((state): LegendEntry => ({
					shape: 'dot',
					color: FRONTAGE_COLORS[state],
					edge: '#ffffff',
					label: t(`frontage.legend.${state}`)
				})),
				{ shape: 'dot', color: '#ffffff', edge: REPEAT_RING, label: t('frontage.legend.repeat') },
				{ shape: 'line', color: FRONTAGE_COLORS.pass, label: t('frontage.legend.line') }
			]
		});
	}
	if (on.volunteers) {
		sections.push({
			id: 'volunteers',
			title: t('volunteers.layer'),
			entries: VOLUNTEER_KINDS.map((kind): LegendEntry => ({
				shape: 'area',
				color: css(VOLUNTEER_COLORS[kind], VOLUNTEER_AREA_ALPHA),
				edge: VOLUNTEER_COLORS[kind],
				label: VOLUNTEER_KIND_NAMES[kind][lang === 'en' ? 'en' : 'zh']
			}))
		});
	}
	return sections;
}
