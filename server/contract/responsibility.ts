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
