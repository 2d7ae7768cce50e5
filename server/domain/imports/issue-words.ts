/**
 * The words import messages name things with, per language: fields as a clerk's sheet heads
 * them, the entries of each code list (Chinese names are words the import accepts), kinds
 * and coordinate systems. Catalogue names (categories, methods) come from the database.
 */
import type { ImportKind, ImportLang } from '../../contract/import-results';
import type { Pest } from '../../contract/records';
import type { CrsId } from '$geo/crs';
import {
	PEST_WORDS,
	POI_KIND_WORDS,
	STATUS_WORDS,
	ZONE_KIND_WORDS,
	PLEDGE_TYPE_WORDS,
	TARGET_KIND_WORDS,
	type CodeList
} from './code-lookups';
import { LEDGER_COLUMNS } from '../../contract/responsibility';

/** A catalogue entry (blind-spot category, survey method) as the database names it. */
export interface CatalogueName {
	code: string;
	nameZh: string;
	nameEn: string;
	pest?: Pest;
}

/** The editable catalogues' entries, read before checking rows. */
export interface IssueNames {
	category: readonly CatalogueName[];
	method: readonly CatalogueName[];
}

const FIELD_ZH: Readonly<Record<string, string>> = {
	id: '编号',
	lng: '经度',
	lat: '纬度',
	geometry: '几何',
	surveyed_at: '监测日期',
	reported_at: '上报时间',
	started_at: '开始时间',
	due_at: '处置期限',
	closed_at: '结案时间',
	category: '类别',
	status: '状态',
	pest: '病媒生物',
	method: '监测方法',
	count: '数量',
	effort: '有效监测量',
	count2: '第二数量',
	site_id: '监测点',
	habitat: '生境',
	description: '描述',
	source: '来源',
	name: '名称',
	kind: '类型',
	parent_id: '上级编号',
	responsible: '责任单位',
	road_id: '道路编号',
	grade: '道路等级',
	key_group: '重点路段组',
	team: '消杀队',
	chemical: '药剂',
	amount: '用量',
	unit: '单位',
	campaign: '专项行动',
	target_ids: '目标区域',
	// The responsibility ledger (issue 15 item 1): the template's headers.
	...Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.field, c.zh]))
};

const FIELD_EN: Readonly<Record<string, string>> = {
	id: 'ID',
	lng: 'longitude',
	lat: 'latitude',
	site_id: 'site ID',
	parent_id: 'parent ID',
	road_id: 'road ID',
	count2: 'second count',
	target_ids: 'target areas',
	...Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.field, c.en.toLowerCase()]))
};

const KIND_ZH: Readonly<Record<ImportKind, string>> = {
	surveys: '病媒监测',
	blindspots: '垃圾死角',
	zones: '区域',
	roads: '道路',
	pois: '重点场所',
	sprays: '消杀记录',
	responsibility: '责任制台账'
};

const KIND_EN: Readonly<Record<ImportKind, string>> = {
	surveys: 'surveys',
	blindspots: 'blind spots',
	zones: 'zones',
	roads: 'roads',
	pois: 'places',
	sprays: 'spray records',
	responsibility: 'responsibility ledger'
};

const CRS_NAMES: Readonly<Record<CrsId, string>> = {
	wgs84: 'WGS-84',
	cgcs2000: 'CGCS2000',
	gcj02: 'GCJ-02',
	bd09: 'BD-09'
};

const FIXED_LISTS = {
	status: STATUS_WORDS,
	pest: PEST_WORDS,
	zone_kind: ZONE_KIND_WORDS,
	poi_kind: POI_KIND_WORDS,
	target_kind: TARGET_KIND_WORDS,
	pledge_type: PLEDGE_TYPE_WORDS
} as const;

/** How one language names things in a message. */
export interface Words {
	lang: ImportLang;
	field(field: string): string;
	kind(kind: string): string;
	crs(crs: string): string;
	/** Every entry of a list as the reader would write it (a method list narrowed to a pest). */
	choices(list: CodeList, pest?: string): string[];
	/** One entry of a list by its code (the code itself when unknown). */
	entry(list: CodeList, code: string): string;
}

/** The words of `lang`, with the catalogue entries of this database. */
export function wordsFor(lang: ImportLang, names: IssueNames): Words {
	const zh = lang === 'zh-CN';
	const catalogue = (list: 'category' | 'method', pest?: string) =>
		names[list]
			.filter((e) => pest === undefined || e.pest === pest)
			.map((e) => ({ code: e.code, name: zh ? e.nameZh : e.nameEn }));
	const entries = (list: CodeList, pest?: string) =>
		list === 'category' || list === 'method'
			? catalogue(list, pest)
			: Object.entries(FIXED_LISTS[list]).map(([code, w]) => ({
					code,
					name: zh ? (w as readonly string[])[0] : code
				}));
	return {
		lang,
		field: (f) => (zh ? FIELD_ZH[f] : FIELD_EN[f]) ?? (zh ? f : f.replace(/_/g, ' ')),
		kind: (k) => (zh ? KIND_ZH : KIND_EN)[k as ImportKind] ?? k,
		crs: (c) => CRS_NAMES[c as CrsId] ?? c,
		choices: (list, pest) => entries(list, pest).map((e) => e.name),
		entry: (list, code) => entries(list).find((e) => e.code === code)?.name ?? code
	};
}
