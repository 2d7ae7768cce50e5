/**
 * 环卫考核 (issue 16): key groups, inspections of road sections and of the key area, the
 * deduction catalogue, rewards and penalties. Zod-free, so the web may import it.
 * Formula and defaults: domain.md §6.
 */

/** A sampled road section is this long by default (domain.md §6). */
export const SECTION_LENGTH_M = 300;

/** The four items a road section is scored on, 0–5 each, with their weights (max 100). */
export const SECTION_ITEMS = ['c1', 'c2', 'c3', 'c4'] as const;
export type SectionItem = (typeof SECTION_ITEMS)[number];
export const SECTION_ITEM_WEIGHTS: Readonly<Record<SectionItem, number>> = {
	c1: 6,
	c2: 6,
	c3: 4,
	c4: 4
};
export const SECTION_ITEM_NAMES: Readonly<Record<SectionItem, { zh: string; en: string }>> = {
	c1: { zh: '整体洁净', en: 'Overall clean' },
	c2: { zh: '路面见本色', en: 'Surface shows its own colour' },
	c3: { zh: '边角清洁', en: 'Edges and corners' },
	c4: { zh: '雨水口清洁', en: 'Drain grates' }
};
/** Highest mark of one item. */
export const MAX_ITEM_MARK = 5;
/** The key area's form and the deduction method score on a 100-point base. */
export const BASE_SCORE = 100;

/**
 * `section`: a road section scored C1–C4, less its deductions.
 * `area`: the key area (重点区域) on its own form: 100 less its deductions.
 */
export const INSPECTION_FORMS = ['section', 'area'] as const;
export type InspectionForm = (typeof INSPECTION_FORMS)[number];

/**
 * Who inspected: the town's own inspectors (镇/街道自查, and its 村街环卫考核 of villages) or the
 * district (区环卫考核), whose results the office records when they come.
 */
export const INSPECTION_LEVELS = ['town', 'district'] as const;
export type InspectionLevel = (typeof INSPECTION_LEVELS)[number];

/** Where a deduction item may be used. */
export const DEDUCTION_SCOPES = ['section', 'area', 'both'] as const;
export type DeductionScope = (typeof DEDUCTION_SCOPES)[number];

/** One item of the admin-editable deduction catalogue (扣分项). */
export interface DeductionItem {
	code: string;
	nameZh: string;
	nameEn: string;
	/** Points taken off per occurrence. */
	points: number;
	scope: DeductionScope;
	/** The case category a deduction opens with one tap (blind-spot category code), if any. */
	caseCategory: string | null;
	active: boolean;
	sortOrder: number;
}

/** One deduction recorded on an inspection. */
export interface RecordedDeduction {
	item: string;
	/** Points per occurrence at the time (the catalogue may change later). */
	points: number;
	count: number;
}

/** A named key group (十路一区, 村街主干道…): its roads and, optionally, its key area. */
export interface KeyGroup {
	id: string;
	name: string;
	/** The zone (kind `key_area`) assessed with the area form, or null. */
	areaZoneId: string | null;
	/** Inspect each section at least this often; the readiness view flags longer gaps. */
	inspectEveryDays: number;
	sortOrder: number;
	segmentCount: number;
	lengthM: number;
}

/** Rewards and penalties (奖惩): rules an admin sets, applied to a month's mean score. */
export const REWARD_TARGETS = ['cleaning_unit', 'community'] as const;
export type RewardTarget = (typeof REWARD_TARGETS)[number];
export const REWARD_KINDS = ['reward', 'penalty'] as const;
export type RewardKind = (typeof REWARD_KINDS)[number];
export const REWARD_UNITS = ['yuan', 'points'] as const;
export type RewardUnit = (typeof REWARD_UNITS)[number];
export const REWARD_COMPARISONS = ['<', '>='] as const;
export type RewardComparison = (typeof REWARD_COMPARISONS)[number];

/** `score below 80 → penalty 500 yuan`, say. */
export interface RewardRule {
	id: string;
	nameZh: string;
	nameEn: string;
	target: RewardTarget;
	comparison: RewardComparison;
	threshold: number;
	kind: RewardKind;
	amount: number;
	unit: RewardUnit;
	active: boolean;
}

/** 卫生单位 (创建卫生单位): a registry unit applying for or holding the title. */
export const SANITARY_TITLES = ['applying', 'holding'] as const;
export type SanitaryTitle = (typeof SANITARY_TITLES)[number];
