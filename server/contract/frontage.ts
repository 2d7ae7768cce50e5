/**
 * 门前三包 (issue 15): frontage units, the three duties checked in front of them, and what a
 * check may order. Stored codes with the words the UI shows; zod-free, so the web may import
 * them. domain.md §5: escalation runs 劝导 → 责令限期改正 → 城管立案处罚.
 */

/** What kind of frontage unit signed (or should sign) the 市容环境卫生管理责任书. */
export const FRONTAGE_CATEGORIES = ['shop', 'unit', 'household'] as const;
export type FrontageCategory = (typeof FRONTAGE_CATEGORIES)[number];

export const FRONTAGE_CATEGORY_NAMES: Readonly<
	Record<FrontageCategory, { zh: string; en: string }>
> = {
	shop: { zh: '沿街商铺', en: 'Shop' },
	unit: { zh: '机关企事业单位', en: 'Office or institution' },
	household: { zh: '沿街住户', en: 'Household' }
};

/** The three duties (三包): 市容 (street appearance), 环境卫生 (cleanliness), 秩序 (order). */
export const FRONTAGE_DUTIES = ['appearance', 'sanitation', 'order'] as const;
export type FrontageDuty = (typeof FRONTAGE_DUTIES)[number];

export const FRONTAGE_DUTY_NAMES: Readonly<Record<FrontageDuty, { zh: string; en: string }>> = {
	appearance: { zh: '市容', en: 'Appearance' },
	sanitation: { zh: '环境卫生', en: 'Cleanliness' },
	order: { zh: '秩序', en: 'Order' }
};

/**
 * The items a check fails a unit on, each under one duty. Codes are stored in
 * `frontage_checks.failed_items` (comma-separated, in this order).
 */
export const FRONTAGE_ITEMS = [
	{ code: 'posters', duty: 'appearance', zh: '乱张贴、乱涂写', en: 'Posters or graffiti' },
	{
		code: 'signboards',
		duty: 'appearance',
		zh: '乱挂乱设招牌、条幅',
		en: 'Unapproved signs or banners'
	},
	{ code: 'drying', duty: 'appearance', zh: '沿街晾晒', en: 'Laundry hung on the street' },
	{ code: 'litter', duty: 'sanitation', zh: '门前有垃圾、杂物', en: 'Litter in front' },
	{ code: 'sewage', duty: 'sanitation', zh: '乱泼污水', en: 'Waste water poured out' },
	{
		code: 'bins',
		duty: 'sanitation',
		zh: '垃圾未入桶、桶外堆放',
		en: 'Waste left outside the bin'
	},
	{ code: 'occupying', duty: 'order', zh: '店外经营、占道经营', en: 'Trading on the pavement' },
	{ code: 'piling', duty: 'order', zh: '乱堆乱放', en: 'Goods piled on the pavement' },
	{ code: 'parking', duty: 'order', zh: '车辆乱停乱放', en: 'Vehicles parked in the way' }
] as const satisfies readonly { code: string; duty: FrontageDuty; zh: string; en: string }[];
export type FrontageItem = (typeof FRONTAGE_ITEMS)[number]['code'];
export const FRONTAGE_ITEM_CODES: readonly FrontageItem[] = FRONTAGE_ITEMS.map((i) => i.code);

/** A check's result: 合格, or 不合格 with the failing items. */
export const CHECK_RESULTS = ['pass', 'fail'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

/**
 * What the assistant did about a failure: 劝导 (a warning, recorded) or 责令整改 (an order with a
 * deadline; a case of category `frontage_violation` is opened and linked to the unit). An
 * order whose deadline lapses unfixed is referred to the 城管执法大队 (case status `referred`).
 */
export const CHECK_MEASURES = ['warn', 'order'] as const;
export type CheckMeasure = (typeof CHECK_MEASURES)[number];

export const CHECK_MEASURE_NAMES: Readonly<Record<CheckMeasure, { zh: string; en: string }>> = {
	warn: { zh: '劝导', en: 'Warning' },
	order: { zh: '责令整改', en: 'Order to fix' }
};

/** The case category a 责令整改 opens (a row of the blind-spot category catalogue). */
export const FRONTAGE_CASE_CATEGORY = 'frontage_violation';

/** A unit with ≥ this many failed checks in REPEAT_WINDOW_DAYS is a repeat offender (issue 15 item 6). */
export const REPEAT_OFFENCES = 3;
export const REPEAT_WINDOW_DAYS = 30;

/** The map colour key of a unit: its last check's result, or never checked. */
export type LastCheckState = CheckResult | 'unchecked';

/** `GET /api/frontage` feature properties (GeoJSON points; the frontage line is `frontage`). */
export interface FrontageUnitView {
	id: string;
	name: string;
	category: FrontageCategory;
	address: string | null;
	/** Masked (`138****5678`, `王*`) for roles that do not need to call the unit. */
	contactName: string | null;
	contactPhone: string | null;
	zoneId: string | null;
	gridId: string | null;
	segmentId: string | null;
	/** Length of the frontage line in metres. */
	frontageM: number;
	agreementSigned: boolean;
	agreementSignedOn: string | null;
	lastCheckAt: string | null;
	lastCheck: LastCheckState;
	/** Failed checks in the last REPEAT_WINDOW_DAYS. */
	recentFailures: number;
}

/** One check of a unit, as the unit page lists it. */
export interface FrontageCheckView {
	id: string;
	unitId: string;
	patrolId: string | null;
	checkedAt: string;
	checker: string;
	checkerName: string | null;
	result: CheckResult;
	failedItems: FrontageItem[];
	measure: CheckMeasure | null;
	orderDeadline: string | null;
	caseId: string | null;
	note: string | null;
	photoIds: string[];
}

/**
 * The deadlines a 责令整改 may set, in working time on the holiday calendar (a working day is
 * 8 working hours, 9:00–17:00): half a day for litter or a poster, one or three days for a sign.
 */
export const ORDER_DEADLINES = [
	{ code: '4h', hours: 4, zh: '4个工作小时', en: '4 working hours' },
	{ code: '1d', hours: 8, zh: '1个工作日', en: '1 working day' },
	{ code: '3d', hours: 24, zh: '3个工作日', en: '3 working days' }
] as const;
export type OrderDeadline = (typeof ORDER_DEADLINES)[number]['code'];
export const ORDER_DEADLINE_CODES: readonly OrderDeadline[] = ORDER_DEADLINES.map((d) => d.code);

/** Photos one check carries: 1–6 for a failure (the evidence), 0–6 for a pass. */
export const MAX_CHECK_PHOTOS = 6;

// ---- Referral to the 城管执法大队 (issue 15 item 3, lane "referral") ----

/** What the 城管执法大队 answered about a referred case; recording it closes the case. */
export const REFERRAL_OUTCOMES = ['penalised', 'fixed', 'no_penalty'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export const REFERRAL_OUTCOME_NAMES: Readonly<Record<ReferralOutcome, { zh: string; en: string }>> =
	{
		penalised: { zh: '已处罚', en: 'Penalised' },
		fixed: { zh: '已整改', en: 'Fixed after referral' },
		no_penalty: { zh: '不予处罚', en: 'No penalty' }
	};

/** 移交单 numbers: `YJ-2026-0001`, counted per year of referral. */
export const REFERRAL_SHEET_PREFIX = 'YJ';

/** One check on the referral sheet: a failure of the unit, with what was ordered. */
export interface ReferralViolationView {
	checkId: string;
	checkedAt: string;
	checker: string;
	checkerName: string | null;
	failedItems: FrontageItem[];
	note: string | null;
	photoIds: string[];
	measure: CheckMeasure | null;
	orderDeadline: string | null;
	/** The 责令整改 whose lapse made this referral. */
	isReferredOrder: boolean;
}

/** `GET /api/referrals/{caseId}`: everything the printed 移交单 shows. */
export interface ReferralSheetView {
	sheetNo: string;
	caseId: string;
	/** When the case was handed over (local time). */
	referredAt: string;
	/** The deadline the unit let lapse (the case's deadline). */
	deadline: string | null;
	/** The office the sheet comes from (the dataset's town name). */
	issuer: string;
	unit: {
		id: string;
		name: string;
		category: FrontageCategory;
		address: string | null;
		/** In full for roles that call units (admin, planner), masked for the rest. */
		contactName: string | null;
		contactPhone: string | null;
		zoneId: string | null;
		zoneName: string | null;
		agreementSigned: boolean;
		agreementSignedOn: string | null;
	} | null;
	/** Failed checks of the unit in the REPEAT_WINDOW_DAYS before the referral, and the order's check; oldest first. */
	violations: ReferralViolationView[];
	/** The assistant who gave the lapsed order: username and name. */
	assistant: { username: string; name: string | null } | null;
	outcome: ReferralOutcome | null;
	outcomeNote: string | null;
	outcomeAt: string | null;
	outcomeBy: string | null;
}

// ---- frontage lane (issue 15 item 2): the ledger API's shapes ----

/** A redrawn frontage line must keep every point within this of its street (metres). */
export const FRONTAGE_MAX_OFFSET_M = 30;

/**
 * Roles that see a unit's contact in full: they call or visit the unit (the office, grid
 * staff, 城管协管员). Everyone else who reads the ledger (inspector, leader) sees it masked.
 */
export const FRONTAGE_CONTACT_ROLES = ['admin', 'planner', 'grid', 'patrol'] as const;

/** Properties of one `GET /api/frontage` feature: the view plus its frontage line. */
export interface FrontageFeatureProperties extends FrontageUnitView {
	/** The part of the street the unit answers for (GeoJSON LineString). */
	frontage: { type: 'LineString'; coordinates: [number, number][] };
	lng: number;
	lat: number;
	/** Names of the zone and grid, for lists. */
	zoneName: string | null;
	gridName: string | null;
	segmentName: string | null;
	retiredAt: string | null;
}

/** A case a 责令整改 of this unit opened. */
export interface FrontageCaseView {
	id: string;
	status: string;
	category: string;
	reportedAt: string;
	deadline: string | null;
	checkId: string;
}

/** A responsibility row for the unit (responsibilities, target_kind 'frontage'). */
export interface FrontageResponsibleView {
	id: number;
	person: string | null;
	phone: string | null;
	unit: string | null;
	signedOn: string | null;
	validFrom: string;
	validTo: string | null;
}

/** `GET /api/frontage/{id}`. */
export interface FrontageUnitDetail {
	unit: FrontageFeatureProperties;
	/** Newest first. */
	checks: FrontageCheckView[];
	cases: FrontageCaseView[];
	/** Current row first, then history (newest first). */
	responsibilities: FrontageResponsibleView[];
	/** Whether the caller may edit and retire the unit. */
	canEdit: boolean;
}
