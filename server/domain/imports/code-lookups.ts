/**
 * Codes a clerk may write in Chinese or English: each canonical code accepts itself and the
 * words below (case-insensitive). Catalogue codes (methods, categories) also accept their
 * catalogue names; see `createCodeLookup`.
 */
import type { CaseStatus } from '../../contract/case-states';
import { type Pest, type PoiKind, type ZoneKind } from '../../contract/records';
import type { PledgeType, ResponsibilityTarget } from '../../contract/responsibility';

export const PEST_WORDS: Readonly<Record<Pest, readonly string[]>> = {
	rat: ['鼠', '老鼠', '鼠类', 'rats'],
	mosquito: ['蚊', '蚊虫', '蚊子', 'mosquitoes'],
	fly: ['蝇', '苍蝇', '蝇类', 'flies'],
	cockroach: ['蟑螂', '蜚蠊', 'cockroaches']
};

/**
 * Case statuses (domain.md §5). 已处理 / 已处置 means the work was reported done and waits for
 * 核查: handled (待核查), not closed (issue 14 item 8); only a verified case is 结案.
 */
export const STATUS_WORDS: Readonly<Record<CaseStatus, readonly string[]>> = {
	reported: ['已上报', '上报', '待处理', '未处理', '新建', '待立案', 'open', 'new'],
	accepted: ['已立案', '立案', '待派遣', 'accepted'],
	rejected: ['不予立案', '已驳回', '驳回', 'rejected'],
	merged: ['已合并', '合并', 'merged'],
	dispatched: ['已派遣', '已派单', '派遣', '派单'],
	processing: ['处置中', '处理中', '整改中', '已签收', 'in progress'],
	handled: [
		'待核查',
		'已处理',
		'已处置',
		'已反馈',
		'处置完成',
		'handled',
		'processed',
		'awaiting verification'
	],
	closed: ['已结案', '结案', '已办结', '办结', '已核查', '已完成', '完成', 'done', 'closed'],
	referred: [
		'已移交城管',
		'移交城管',
		'已移交执法',
		'移交执法',
		'referred',
		'referred to enforcement'
	]
};

export const ZONE_KIND_WORDS: Readonly<Record<ZoneKind, readonly string[]>> = {
	district: ['区', '区县', '县', '市辖区'],
	street: ['街道', '镇', '乡', '乡镇', 'town'],
	community: ['社区', '居委会'],
	village: ['村', '行政村', '村委会'],
	grid: ['网格'],
	key_area: ['重点区域', '重点区'],
	frontage: ['门前三包', '门前']
};

export const POI_KIND_WORDS: Readonly<Record<PoiKind, readonly string[]>> = {
	market: ['市场', '农贸市场', '菜市场'],
	restaurant: ['餐馆', '餐饮', '饭店', '餐厅'],
	garbage_station: ['垃圾站', '垃圾中转站', '垃圾收集点', '垃圾房'],
	toilet: ['公厕', '厕所', '公共厕所'],
	school: ['学校'],
	hospital: ['医院', '卫生院', '诊所'],
	water_body: ['水体', '河道', '池塘', '河涌'],
	construction: ['工地', '建筑工地']
};

/**
 * What a responsibility ledger row covers (issue 15 item 1); the first word is the one the
 * template and messages use (contract/responsibility.ts RESPONSIBILITY_TARGET_NAMES).
 */
export const TARGET_KIND_WORDS: Readonly<Record<ResponsibilityTarget, readonly string[]>> = {
	zone: ['网格/片区', '网格', '片区', '社区', '村', '区域', '重点区域', '责任区'],
	segment: ['路段', '道路路段', 'road section'],
	road: ['道路', '整条道路', '街道路'],
	frontage: ['门前三包单位', '门前三包', '沿街单位', '商铺', 'frontage unit']
};

/** The signed pledge's type (contract/responsibility.ts PLEDGE_TYPE_NAMES). */
export const PLEDGE_TYPE_WORDS: Readonly<Record<PledgeType, readonly string[]>> = {
	target: ['卫生目标责任状', '目标责任状', '责任状', '卫生责任状', '目标责任书'],
	frontage: ['门前三包责任书', '门前三包', '市容环境卫生管理责任书', '门前三包协议'],
	cleaning_contract: ['保洁承包合同', '保洁合同', '承包合同']
};

/** The code lists a cell may be checked against; messages name their entries (issue 11). */
export type CodeList =
	| 'category'
	| 'method'
	| 'status'
	| 'pest'
	| 'zone_kind'
	| 'poi_kind'
	| 'target_kind'
	| 'pledge_type';

export interface CodeLookup {
	/** The canonical code for `text`, or null when nothing matches. */
	resolve(text: string): string | null;
	codes: readonly string[];
	list: CodeList;
}

/** Case and full- or half-width brackets do not matter: `鼠迹法(室内)` = `鼠迹法（室内）`. */
const lookupKey = (word: string) => word.normalize('NFKC').trim().toLowerCase();

/**
 * Every word's lookup key and its code, the first code a key is given winning: what a lookup
 * resolves, also as rows for SQL (an import's staged check, issue 18, joins on `lower(cell)`).
 */
export function lookupIndex(
	words: Readonly<Record<string, readonly string[]>>
): Map<string, string> {
	const index = new Map<string, string>();
	for (const [code, list] of Object.entries(words)) {
		for (const w of [code, ...list]) {
			const key = lookupKey(w);
			if (!index.has(key)) index.set(key, code);
		}
	}
	return index;
}

/** A lookup over codes and their words (`{ rat: ['鼠', …] }`). */
export function createCodeLookup(
	words: Readonly<Record<string, readonly string[]>>,
	list: CodeList
): CodeLookup {
	const index = lookupIndex(words);
	return {
		resolve: (text) => index.get(lookupKey(text)) ?? null,
		codes: Object.keys(words),
		list
	};
}

/** Catalogue rows (methods, categories) as lookup words: code, Chinese and English names. */
export function catalogueWords(
	rows: readonly { code: string; nameZh: string; nameEn: string }[]
): Record<string, string[]> {
	return Object.fromEntries(rows.map((r) => [r.code, [r.nameZh, r.nameEn]]));
}
