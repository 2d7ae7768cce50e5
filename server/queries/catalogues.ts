import type { SqlQuery } from './layers';
import type { Row } from '../db/database';
import type { ControlThreshold } from '../domain/catalogues/control-thresholds';
import type { SurveyMethod } from '../domain/catalogues/survey-methods';
import type { DensityCatalogue } from '../domain/density/assess-pests';
import type { SampleMinimum } from '../domain/catalogues/sample-minimums';
import type { StandardEdition } from '../domain/catalogues/standard-editions';

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

/** Writes one threshold row, replacing the row of the same standard, method, indicator and level. */
export const UPSERT_THRESHOLD_SQL = `INSERT INTO control_thresholds
	VALUES ($standard, $method, $indicator, $level, $limit, $comparison, $active)
	ON CONFLICT (standard, method, indicator, level) DO UPDATE SET
		limit_value = excluded.limit_value, comparison = excluded.comparison, active = excluded.active`;

/** Catalogue tables whose `code` column an endpoint may check a code against. */
export const CODE_TABLES = ['survey_methods', 'blind_spot_categories'] as const;
export type CodeTable = (typeof CODE_TABLES)[number];

/** Every code of one catalogue table; the table comes from the allow-list above. */
export function buildCatalogueCodesQuery(table: CodeTable): SqlQuery {
	if (!CODE_TABLES.includes(table)) throw new Error(`${table} is not a code table`);
	return { sql: `SELECT code FROM ${table} ORDER BY code`, params: {} };
}

/** New labels for one survey method; a null keeps the stored text. */
export function buildPatchSurveyMethodQuery(
	code: string,
	patch: { nameZh?: string; nameEn?: string; unitZh?: string; unitEn?: string }
): SqlQuery {
	return {
		sql: `UPDATE survey_methods SET name_zh = coalesce($nameZh, name_zh), name_en = coalesce($nameEn, name_en),
			unit_zh = coalesce($unitZh, unit_zh), unit_en = coalesce($unitEn, unit_en) WHERE code = $code`,
		params: {
			code,
			nameZh: patch.nameZh ?? null,
			nameEn: patch.nameEn ?? null,
			unitZh: patch.unitZh ?? null,
			unitEn: patch.unitEn ?? null
		}
	};
}

/** Issue 17: editions with their dates (ISO text), oldest first per pest. */
export const STANDARD_EDITIONS_SQL = `SELECT standard, pest, strftime(valid_from, '%Y-%m-%d') AS valid_from,
	strftime(valid_to, '%Y-%m-%d') AS valid_to, source, note FROM standard_editions
	ORDER BY pest, valid_from NULLS FIRST, standard`;

export function toStandardEdition(r: Row): StandardEdition {
	return {
		standard: r.standard as string,
		pest: r.pest as StandardEdition['pest'],
		validFrom: (r.valid_from as string | null) ?? null,
		validTo: (r.valid_to as string | null) ?? null,
		source: r.source as string,
		note: (r.note as string | null) ?? null
	};
}

/** Issue 17: sample minimums per method. */
export const SAMPLE_MINIMUMS_SQL = `SELECT method, town_min, unit_min, unit_zh, unit_en, source, confidence
	FROM sample_minimums ORDER BY method`;

export function toSampleMinimum(r: Row): SampleMinimum {
	return {
		method: r.method as string,
		townMin: r.town_min as number,
		unitMin: r.unit_min as number,
		unitZh: r.unit_zh as string,
		unitEn: r.unit_en as string,
		source: r.source as string,
		confidence: r.confidence as SampleMinimum['confidence']
	};
}

/** Writes one sample minimum, replacing the method's row. */
export const UPSERT_SAMPLE_MINIMUM_SQL = `INSERT INTO sample_minimums
	VALUES ($method, $townMin, $unitMin, $unitZh, $unitEn, $source, $confidence)
	ON CONFLICT (method) DO UPDATE SET town_min = excluded.town_min, unit_min = excluded.unit_min,
		unit_zh = excluded.unit_zh, unit_en = excluded.unit_en, source = excluded.source,
		confidence = excluded.confidence`;

/** Issue 17: the dated density catalogue (editions and minimums beside methods and thresholds). */
export function toDatedDensityCatalogue(
	methods: Row[],
	thresholds: Row[],
	editions: Row[],
	minimums: Row[]
): DensityCatalogue {
	return {
		...toDensityCatalogue(methods, thresholds),
		editions: editions.map(toStandardEdition),
		sampleMinimums: new Map(minimums.map((r) => [r.method as string, toSampleMinimum(r)]))
	};
}
