/**
 * 卫生目标责任制 (issue 15 item 1): who answers for each place, under which signed pledge.
 * Zod-free, so the web may import it.
 */

/**
 * What a responsibility covers: a zone (grid, community, the key area, a frontage zone), one
 * road segment, a whole road (`road_id`), or a frontage unit of the 门前三包 ledger.
 */
export const RESPONSIBILITY_TARGETS = ['zone', 'segment', 'road', 'frontage'] as const;
export type ResponsibilityTarget = (typeof RESPONSIBILITY_TARGETS)[number];

export const RESPONSIBILITY_TARGET_NAMES: Readonly<
	Record<ResponsibilityTarget, { zh: string; en: string }>
> = {
	zone: { zh: '网格/片区', en: 'Grid or area' },
	segment: { zh: '路段', en: 'Road section' },
	road: { zh: '道路', en: 'Road' },
	frontage: { zh: '门前三包单位', en: 'Frontage unit' }
};

/** The signed pledge: 卫生责任状, 门前三包责任书 (市容环境卫生管理责任书) or a cleaning contract. */
export const PLEDGE_TYPES = ['target', 'frontage', 'cleaning_contract'] as const;
export type PledgeType = (typeof PLEDGE_TYPES)[number];

export const PLEDGE_TYPE_NAMES: Readonly<Record<PledgeType, { zh: string; en: string }>> = {
	target: { zh: '卫生目标责任状', en: 'Sanitation target pledge' },
	frontage: { zh: '门前三包责任书', en: 'Frontage duty agreement' },
	cleaning_contract: { zh: '保洁承包合同', en: 'Cleaning contract' }
};

/**
 * One row of the registry. Rows are never updated in place when the person or unit changes:
 * the old row gets `validTo` and a new row starts (history kept, issue 15 item 1).
 */
export interface ResponsibilityView {
	id: number;
	targetKind: ResponsibilityTarget;
	targetId: string;
	/** The place's name (zone, road or unit name), for lists. */
	targetName: string | null;
	/** The responsible person's name, and their account when they have one (dispatch goes to it). */
	person: string | null;
	username: string | null;
	phone: string | null;
	/** The responsible unit (保洁单位, shop, office). */
	unit: string | null;
	pledgeType: PledgeType | null;
	signedOn: string | null;
	termFrom: string | null;
	termTo: string | null;
	/** Yearly targets: 按期结案率 (%) and assessment score (0–100). */
	targetOnTimePct: number | null;
	targetScore: number | null;
	/** Photo id of the scanned, signed pledge. */
	scanPhotoId: string | null;
	validFrom: string;
	validTo: string | null;
	changedBy: string;
	note: string | null;
}

// --- Registry API (issue 15 item 1, lane "registry") ---

/**
 * Roles that see a responsible person's phone in full: the office, inspectors and field staff
 * who ring the person about a case. A sprayer and a leader see it masked (138****1234): neither
 * calls a grid's keeper from SaniMap (docs/decisions.md "Registry API").
 */
export const REGISTRY_PHONE_ROLES = ['admin', 'planner', 'inspector', 'grid', 'patrol'] as const;

/** `GET /api/responsibilities`: the current rows (valid_to empty), filtered. */
export interface ResponsibilityList {
	rows: ResponsibilityView[];
	/** Whether any row was ever registered (an empty install shows how to import the ledger). */
	registered: number;
}

/** `GET /api/responsibilities/history?kind=&target=`: every row of one place, newest first. */
export interface ResponsibilityHistory {
	targetKind: ResponsibilityTarget;
	targetId: string;
	targetName: string | null;
	rows: ResponsibilityView[];
}

/** The fields `POST /api/responsibilities` sets (the JSON body beside target kind and id). */
export interface ResponsibilityFields {
	person: string | null;
	username: string | null;
	phone: string | null;
	unit: string | null;
	pledgeType: PledgeType | null;
	signedOn: string | null;
	termFrom: string | null;
	termTo: string | null;
	targetOnTimePct: number | null;
	targetScore: number | null;
	note: string | null;
}

/** `POST /api/responsibilities` answers which happened: a first row, a new holder, or an edit. */
export type ResponsibilityChange = 'created' | 'replaced' | 'updated';

export interface ResponsibilitySaved {
	change: ResponsibilityChange;
	row: ResponsibilityView;
}

/**
 * The registry ledger's columns as the office's Excel heads them (zh) and in English: the
 * import template, the import's field labels and the export share them, so an exported ledger
 * imports back as it is. Keys are the import's field names.
 */
export const LEDGER_COLUMNS = [
	{ field: 'target_kind', zh: '责任对象类型', en: 'Target type' },
	{ field: 'target', zh: '责任区域', en: 'Target' },
	{ field: 'person', zh: '责任人', en: 'Responsible person' },
	{ field: 'username', zh: '账号', en: 'Account' },
	{ field: 'phone', zh: '联系电话', en: 'Phone' },
	{ field: 'resp_unit', zh: '责任单位', en: 'Responsible unit' },
	{ field: 'pledge_type', zh: '责任书类型', en: 'Pledge type' },
	{ field: 'signed_on', zh: '签订日期', en: 'Signed on' },
	{ field: 'term_from', zh: '起始日期', en: 'Term from' },
	{ field: 'term_to', zh: '截止日期', en: 'Term to' },
	{ field: 'on_time_target', zh: '按期结案率目标', en: 'On-time closure target (%)' },
	{ field: 'score_target', zh: '考核得分目标', en: 'Score target' },
	{ field: 'note', zh: '备注', en: 'Note' }
] as const;
export type LedgerField = (typeof LEDGER_COLUMNS)[number]['field'];
