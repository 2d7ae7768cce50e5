import type { IndicatorJson, Level } from '../../../server/contract/density';
import type { Catalogues, ControlThreshold, SurveyMethod } from '../api/catalogues';
import type { DensityUnitJson } from '../api/density-query';
import type { Translate } from '../i18n';
import { levelKey, type LevelKey } from '../map/colors';
import type { Lang } from '../state/lang';
import { methodTerms } from '../i18n/method-terms';
import { genericTerms, type FeatureDescription } from './describe-feature';
import { formatNumber } from './format-values';
import { indicatorNoteText, sampleShortText, unitSampleShort } from './grading-notes';

export interface DensityContext {
	t: Translate;
	lang: Lang;
	catalogues: Catalogues | null;
}

/** What the zone panel shows for one indicator, every string localised. */
export interface IndicatorView {
	method: string;
	name: string;
	/** Index with its unit, e.g. `0.14 处/km`; null without effort. */
	value: string | null;
	value2: string | null;
	/** Numerator / denominator, e.g. `14 / 52`. */
	ratio: string;
	count2: string | null;
	/** The method's own words for ratio, count2 and value2 (`有鼠迹房间数 / 检查房间数`). */
	labels: { ratio: string; count2: string; value2: string; limits2: string };
	level: LevelKey;
	levelLabel: string;
	/** `A ≤1 · B ≤3 · C ≤5`; null for a method without limits. */
	limits: string | null;
	limits2: string | null;
	note: string | null;
}

export function levelLabel(level: Level, t: Translate): string {
	return t(`level.${levelKey(level)}`);
}

export function findMethod(code: string, catalogues: Catalogues | null): SurveyMethod | undefined {
	return catalogues?.surveyMethods.find((m) => m.code === code);
}

export function methodName(code: string, c: DensityContext): string {
	const m = findMethod(code, c.catalogues);
	return m ? (c.lang === 'en' ? m.nameEn : m.nameZh) : code;
}

/** A value with the method's unit (`0.14 处/km`, `2.2%`), two decimals at most. */
export function formatIndex(value: number | null, code: string, c: DensityContext): string | null {
	if (value === null) return null;
	const m = findMethod(code, c.catalogues);
	const unit = m ? (c.lang === 'en' ? m.unitEn : m.unitZh) : '';
	const n = formatNumber(value, c.lang, 2);
	return unit === '%' ? `${n}%` : `${n} ${unit}`.trim();
}

/** Active A/B/C limits of one method's value or second value, in level order. */
export function limitsOf(
	thresholds: readonly ControlThreshold[],
	method: string,
	indicator: 'value' | 'value2' = 'value'
): ControlThreshold[] {
	const order = { A: 0, B: 1, C: 2 };
	return thresholds
		.filter((x) => x.active && x.method === method && x.indicator === indicator)
		.sort((a, b) => order[a.level] - order[b.level]);
}

function formatLimits(rows: ControlThreshold[], lang: Lang): string | null {
	if (!rows.length) return null;
	const sign = (c: ControlThreshold['comparison']) => (c === '<' ? '<' : '≤');
	return rows
		.map((r) => `${r.level} ${sign(r.comparison)}${formatNumber(r.limit, lang, 2)}`)
		.join(' · ');
}

export function describeIndicator(ind: IndicatorJson, c: DensityContext): IndicatorView {
	const thresholds = c.catalogues?.controlThresholds ?? [];
	const terms = methodTerms(findMethod(ind.method, c.catalogues), c.lang, genericTerms(c.t));
	const value2 = terms.value2 ?? c.t('density.value2');
	return {
		method: ind.method,
		name: methodName(ind.method, c),
		value: formatIndex(ind.value, ind.method, c),
		value2: ind.value2 === null ? null : formatNumber(ind.value2, c.lang, 2),
		ratio: `${formatNumber(ind.count, c.lang, 2)} / ${formatNumber(ind.effort, c.lang, 2)}`,
		count2: ind.count2 === null ? null : formatNumber(ind.count2, c.lang, 2),
		labels: {
			ratio: `${terms.count} / ${terms.effort}`,
			count2: terms.count2 ?? c.t('density.count2'),
			value2,
			limits2: c.t('density.limits2', { value2 })
		},
		level: levelKey(ind.level),
		// An ungraded method has data but no limits: "not graded", never "no data".
		levelLabel:
			ind.level === null && ind.note === 'not_graded'
				? c.t('level.notGraded')
				: ind.level === null && ind.note === 'sample_too_small'
					? sampleShortText(ind, c.t, c.lang)
					: ind.level === null && ind.note === 'limits_not_entered'
						? c.t('pest.grading.town.ungraded')
						: levelLabel(ind.level, c.t),
		limits: formatLimits(limitsOf(thresholds, ind.method, 'value'), c.lang),
		limits2: formatLimits(limitsOf(thresholds, ind.method, 'value2'), c.lang),
		note: indicatorNoteText(ind, c.t, c.lang)
	};
}

/** Tooltip text for a unit: its name, the pest's level, then each indicator's value and level. */
export function describeDensityUnit(
	unit: DensityUnitJson,
	pest: string,
	c: DensityContext
): FeatureDescription {
	const pestName = c.t(`pest.${pest}` as 'pest.rat');
	// Issue 17: a unit below its sample minimum says so, with the count, rather than "no data".
	const short = unitSampleShort(unit, c.t, c.lang);
	return {
		title: unit.name,
		subtitle: `${pestName} · ${short ?? levelLabel(unit.level, c.t)}`,
		rows: unit.indicators.map((ind) => {
			const v = describeIndicator(ind, c);
			// Issue 17: an ungraded sample says why after a dot (its words carry brackets already).
			const why =
				ind.note === 'sample_too_small' || ind.note === 'limits_not_entered' ? v.note : null;
			const label = c.lang === 'en' ? ` (${v.levelLabel})` : `（${v.levelLabel}）`;
			const graded = why ? ` · ${why}` : ind.level !== null ? label : '';
			return { label: v.name, value: `${v.value ?? c.t('level.none')}${graded}` };
		})
	};
}
