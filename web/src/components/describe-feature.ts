import type {
	BlindSpotProperties,
	PoiProperties,
	RoadProperties,
	SurveyProperties,
	ZoneProperties
} from '../../../server/contract/layers';
import type { Catalogues } from '../api/catalogues';
import type { MessageKey, Translate } from '../i18n';
import type { Lang } from '../state/lang';
import type { PickedFeature } from '../state/selection.svelte';
import { methodTerms, type MethodTerms } from '../i18n/method-terms';
import { formatDate, formatNumber } from './format-values';

export interface DescribeContext {
	t: Translate;
	lang: Lang;
	catalogues: Catalogues | null;
	/** Zone names by id, to show "所属社区: 安澜社区" rather than an id. */
	zoneNames: ReadonlyMap<string, string>;
}

export interface FeatureRow {
	label: string;
	value: string;
}

export interface FeatureDescription {
	title: string;
	/** Kind, category or pest: what the feature is. */
	subtitle: string;
	/** Rows for the details panel; the tooltip shows the first few. */
	rows: FeatureRow[];
}

/** A row's label: a dictionary key, or a word already in the reader's language. */
type Row = [MessageKey | { text: string }, string | number | null | undefined];

function rowsOf(rows: Row[], t: Translate): FeatureRow[] {
	return rows
		.filter(([, v]) => v !== null && v !== undefined && v !== '')
		.map(([key, value]) => ({
			label: typeof key === 'string' ? t(key) : key.text,
			value: String(value)
		}));
}

/** The generic words for a method the dictionary does not know. */
export function genericTerms(t: Translate): MethodTerms {
	return {
		count: t('field.count'),
		effort: t('field.effort'),
		count2: t('field.count2'),
		value2: t('density.value2')
	};
}

function named(entry: { nameZh: string; nameEn: string } | undefined, lang: Lang, code: string) {
	return entry ? (lang === 'en' ? entry.nameEn : entry.nameZh) : code;
}

/** 已超期 N 天 / 按期结案 …; null when the layer carries no deadline (e.g. an older server). */
export function deadlineState(p: BlindSpotProperties, t: Translate): string | null {
	if (p.overdue === undefined || !p.deadline) return null;
	const n = p.overdueDays ?? 0;
	if (p.status === 'closed')
		return p.overdue ? t('case.closedLate', { n }) : t('case.closedOnTime');
	return p.overdue ? t('case.overdue', { n }) : t('case.withinDeadline');
}

function describeBlindSpot(p: BlindSpotProperties, c: DescribeContext): FeatureDescription {
	const { t, lang } = c;
	const category = c.catalogues?.blindSpotCategories.find((x) => x.code === p.category);
	const categoryName = named(category, lang, p.category);
	const status = t(`status.${p.status}` as MessageKey);
	// An open case past its deadline says so at the top, not only in its rows.
	const overdue = p.status !== 'closed' && p.overdue ? deadlineState(p, t) : null;
	return {
		title: categoryName,
		subtitle: [t('layer.blindspots'), status, overdue].filter(Boolean).join(' · '),
		rows: rowsOf(
			[
				['field.category', categoryName],
				['field.status', status],
				['field.deadline', deadlineState(p, t)],
				['field.reportedAt', formatDate(p.reportedAt, lang)],
				['field.dueAt', formatDate(p.dueAt, lang)],
				['field.closedAt', formatDate(p.closedAt, lang)],
				['field.description', p.description],
				['field.source', p.source],
				['field.zone', p.zoneId && (c.zoneNames.get(p.zoneId) ?? p.zoneId)],
				['field.grid', p.gridId && (c.zoneNames.get(p.gridId) ?? p.gridId)],
				[
					'field.segmentDistance',
					p.segmentDistanceM == null
						? null
						: t('unit.meters', { n: formatNumber(p.segmentDistanceM, lang, 0) })
				],
				['field.recurrence', p.recurrence],
				['field.id', p.id]
			],
			t
		)
	};
}

function describeSurvey(p: SurveyProperties, c: DescribeContext): FeatureDescription {
	const { t, lang } = c;
	const method = c.catalogues?.surveyMethods.find((x) => x.code === p.method);
	const index =
		method && p.effort > 0
			? `${formatNumber((p.count / p.effort) * method.multiplier, lang, 2)} ${lang === 'en' ? method.unitEn : method.unitZh}`.trim()
			: null;
	const pest = t(`pest.${p.pest}` as MessageKey);
	const terms = methodTerms(method, lang, genericTerms(t));
	return {
		// A compact layer's hover (issue 18) carries the pest only; the method comes with the details.
		title: p.method ? `${pest} · ${named(method, lang, p.method)}` : pest,
		subtitle: t('layer.surveys'),
		rows: rowsOf(
			[
				['field.index', index],
				['field.surveyedAt', formatDate(p.surveyedAt, lang)],
				['field.pest', pest],
				['field.method', named(method, lang, p.method)],
				[{ text: terms.count }, p.count],
				[{ text: terms.effort }, p.effort],
				[{ text: terms.count2 ?? t('field.count2') }, p.count2],
				['field.habitat', p.habitat],
				['field.site', p.siteId],
				['field.zone', p.zoneId && (c.zoneNames.get(p.zoneId) ?? p.zoneId)],
				['field.grid', p.gridId && (c.zoneNames.get(p.gridId) ?? p.gridId)],
				['field.id', p.id]
			],
			t
		)
	};
}

function describeZone(p: ZoneProperties, c: DescribeContext): FeatureDescription {
	const kind = c.t(`zoneKind.${p.kind}` as MessageKey);
	return {
		title: p.name,
		subtitle: kind,
		rows: rowsOf(
			[
				['field.kind', kind],
				['field.parent', p.parentId && (c.zoneNames.get(p.parentId) ?? p.parentId)],
				['field.responsible', p.responsible],
				['field.id', p.id]
			],
			c.t
		)
	};
}

function describeRoad(p: RoadProperties, c: DescribeContext): FeatureDescription {
	const { t, lang } = c;
	return {
		title: p.name,
		subtitle: p.keyGroup ? t('legend.keyRoad') : t('legend.otherRoad'),
		rows: rowsOf(
			[
				['field.grade', t('unit.grade', { n: p.grade })],
				['field.keyGroup', p.keyGroup],
				['field.length', t('unit.meters', { n: formatNumber(p.lengthM, lang, 0) })],
				['field.responsible', p.responsible],
				['field.road', p.roadId],
				['field.id', p.id]
			],
			t
		)
	};
}

function describePoi(p: PoiProperties, c: DescribeContext): FeatureDescription {
	const kind = c.t(`poiKind.${p.kind}` as MessageKey);
	return {
		title: p.name,
		subtitle: kind,
		rows: rowsOf(
			[
				['field.kind', kind],
				['field.id', p.id]
			],
			c.t
		)
	};
}

/** Localised title, subtitle and labelled rows for a picked feature. */
export function describeFeature(
	picked: PickedFeature,
	context: DescribeContext
): FeatureDescription {
	switch (picked.layer) {
		case 'blindspots':
			return describeBlindSpot(picked.properties, context);
		case 'surveys':
			return describeSurvey(picked.properties, context);
		case 'zones':
			return describeZone(picked.properties, context);
		case 'roads':
			return describeRoad(picked.properties, context);
		case 'pois':
			return describePoi(picked.properties, context);
	}
}

/** Zone names by id, for the "所属区域" rows. */
export function zoneNamesOf(
	zones: readonly { properties: { id: string; name: string } }[]
): Map<string, string> {
	return new Map(zones.map((z) => [z.properties.id, z.properties.name]));
}
