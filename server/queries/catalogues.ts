import type { Row } from '../db/database';
import type { ControlThreshold } from '../domain/catalogues/control-thresholds';
import type { SurveyMethod } from '../domain/catalogues/survey-methods';
import type { DensityCatalogue } from '../domain/density/assess-pests';

export const SURVEY_METHODS_SQL = `SELECT code, pest, name_zh, name_en, count_meaning, effort_meaning,
	count2_meaning, multiplier, unit_zh, unit_en, proportion, value2_denominator, value2_multiplier
	FROM survey_methods ORDER BY code`;

export const ACTIVE_THRESHOLDS_SQL = `SELECT standard, method, indicator, level, limit_value, comparison,
	active FROM control_thresholds WHERE active ORDER BY method, indicator, level`;

export const THRESHOLDS_SQL = `SELECT standard, method, indicator, level, limit_value, comparison,
	active FROM control_thresholds ORDER BY standard, method, indicator, level`;

export function toSurveyMethod(r: Row): SurveyMethod {
	return {
		code: r.code as string,
		pest: r.pest as SurveyMethod['pest'],
		nameZh: r.name_zh as string,
		nameEn: r.name_en as string,
		countMeaning: r.count_meaning as string,
		effortMeaning: r.effort_meaning as string,
		count2Meaning: (r.count2_meaning as string | null) ?? null,
		multiplier: r.multiplier as number,
		unitZh: r.unit_zh as string,
		unitEn: r.unit_en as string,
		proportion: r.proportion as boolean,
		value2: r.value2_denominator
			? {
					denominator: r.value2_denominator as 'count' | 'effort',
					multiplier: r.value2_multiplier as number
				}
			: null
	};
}

export function toControlThreshold(r: Row): ControlThreshold {
	return {
		standard: r.standard as string,
		method: r.method as string,
		indicator: r.indicator as ControlThreshold['indicator'],
		level: r.level as ControlThreshold['level'],
		limit: r.limit_value as number,
		comparison: r.comparison as ControlThreshold['comparison'],
		active: r.active as boolean
	};
}

/** The catalogue a density computation reads, from rows of the two queries above. */
export function toDensityCatalogue(methods: Row[], thresholds: Row[]): DensityCatalogue {
	return {
		methods: new Map(methods.map((r) => [r.code as string, toSurveyMethod(r)])),
		thresholds: thresholds.map(toControlThreshold)
	};
}
