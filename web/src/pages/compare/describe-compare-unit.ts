import type { CompareUnit } from '../../api/comparison';
import type { FeatureDescription } from '../../components/describe-feature';
import type { Translate } from '../../i18n';
import { formatNumber, sideBadge } from './compare-table';

function sideValue(side: CompareUnit['a'] | undefined, t: Translate): string {
	if (!side || side.value === null) return t('level.none');
	return `${formatNumber(side.value)} · ${t(sideBadge(side).label)}`;
}

/**
 * The hover tooltip of a zone on either compare map: both periods' values and levels (the method
 * in view's, as the table), then the change, so a leader need not look from one map to the other. `unit` is missing for a zone
 * the comparison has no row for (no survey in either period).
 */
export function describeCompareUnit(
	name: string,
	unit: CompareUnit | undefined,
	periods: { a: string; b: string },
	methodName: string,
	t: Translate
): FeatureDescription {
	const change =
		unit && unit.delta !== null
			? formatNumber(unit.delta, true) +
				(unit.deltaPct === null
					? ''
					: t('compare.tooltip.pct', { pct: formatNumber(unit.deltaPct, true) }))
			: '—';
	return {
		title: unit?.name ?? name,
		subtitle: methodName,
		rows: [
			{ label: `A · ${periods.a}`, value: sideValue(unit?.a, t) },
			{ label: `B · ${periods.b}`, value: sideValue(unit?.b, t) },
			{
				label: t('compare.tooltip.change'),
				value: `${change} · ${t(`compare.change.${unit?.levelChange ?? 'none'}`)}`
			}
		]
	};
}
