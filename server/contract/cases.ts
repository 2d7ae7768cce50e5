/**
 * The `/api/cases` contract (design.md §3 "Cases"): request schemas (zod, checked at the HTTP
 * boundary) and the case as the API answers it. Web imports the types only.
 */
import { z } from 'zod';
import {
	CASE_ACTIONS,
	CASE_ESCALATION_FILTERS,
	CASE_STATUSES,
	type CaseAction,
	type CaseStatus
} from './case-states';
import {
	CASE_ORIGIN_KINDS,
	CASE_PRIORITIES,
	CASE_SOURCES,
	type CaseOriginKind,
	type CasePriority,
	type CaseSource
} from './case-sources';
import { isoDate, localDateTime } from './dates';
import { REFERRAL_OUTCOMES } from './frontage';
import {
	bboxField,
	dateWindowFields,
	formatField,
	idField,
	isOrderedWindow,
	langField,
	MAX_NAME_CHARS,
	MAX_NOTE_CHARS,
	nameField,
	textField,
	UNORDERED_WINDOW,
	wholeNumberField
} from './fields';
import { commaList, listOf } from './lists';

/** Most cases one list page returns, and the most one batch dispatch names or reaches. */
export const MAX_CASES_PER_PAGE = 1_000;
export const MAX_BATCH_CASES = 500;
/** Photos one case may link at creation (ids from the photos module). */
export const MAX_CASE_PHOTOS = 20;
/** Longest `Idempotency-Key` header kept. */
export const MAX_IDEMPOTENCY_KEY_CHARS = 200;

/** A position's longitude and latitude in a JSON body (WGS-84). */
export const lngNumber = z.number({ message: 'lng must be a number' }).min(-180).max(180);
export const latNumber = z.number({ message: 'lat must be a number' }).min(-90).max(90);

export const createCaseBodySchema = z.strictObject({
	category: idField('category', 'a category code'),
	description: textField('description', MAX_NOTE_CHARS).optional(),
	lng: lngNumber,
	lat: latNumber,
	source: z
		.enum(CASE_SOURCES, { message: `source must be one of ${CASE_SOURCES.join(', ')}` })
		.optional(),
	priority: z
		.enum(CASE_PRIORITIES, { message: `priority must be ${CASE_PRIORITIES.join(' or ')}` })
		.optional(),
	/** A report made offline keeps the time it was made (local time, Asia/Shanghai). */
	reported_at: localDateTime('reported_at').optional(),
	/** Photo ids stored by the photos module; linked to the case as they are. */
	photos: z
		.array(idField('photos[]', 'a photo id'))
		.max(MAX_CASE_PHOTOS, `photos may name at most ${MAX_CASE_PHOTOS} photos`)
		.optional(),
	/** The spray stop (`planId/stopId`) or patrol check the report came from. */
	origin: z
		.strictObject({
			kind: z.enum(CASE_ORIGIN_KINDS, {
				message: `origin.kind must be ${CASE_ORIGIN_KINDS.join(' or ')}`
			}),
			id: textField('origin.id', 2 * 100 + 1).min(1, 'origin.id must not be empty')
		})
		.optional()
});
export type CreateCaseBody = z.infer<typeof createCaseBodySchema>;

export const CASE_SORTS = [
	'reported_at',
	'-reported_at',
	'deadline',
	'-deadline',
	'status',
	'category',
	'zone',
	'id'
] as const;
export type CaseSort = (typeof CASE_SORTS)[number];

/** Filters of the list and the export (issue 14 item 4). */
const caseFilterFields = {
	status: listOf('status', CASE_STATUSES).optional(),
	category: commaList('category').optional(),
	zone: commaList('zone').optional(),
	assignee: commaList('assignee').optional(),
	source: listOf('source', CASE_SOURCES).optional(),
	overdue: z.enum(['true', 'false'], { message: 'overdue must be true or false' }).optional(),
	escalated: listOf('escalated', CASE_ESCALATION_FILTERS).optional(),
	bbox: bboxField().optional(),
	...dateWindowFields,
	sort: z.enum(CASE_SORTS, { message: `sort must be one of ${CASE_SORTS.join(', ')}` }).optional()
};

export const listCasesQuerySchema = z
	.strictObject({
		...caseFilterFields,
		limit: wholeNumberField('limit', 1, MAX_CASES_PER_PAGE).default(100),
		offset: wholeNumberField('offset', 0, 10_000_000).default(0),
		lang: langField.optional()
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);
export type ListCasesQuery = z.infer<typeof listCasesQuerySchema>;

export const exportCasesQuerySchema = z
	.strictObject({
		...caseFilterFields,
		format: formatField(['csv', 'xlsx'] as const).default('csv'),
		lang: langField
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);
export type ExportCasesQuery = z.infer<typeof exportCasesQuerySchema>;

export type CaseFilters = Omit<ListCasesQuery, 'limit' | 'offset' | 'lang'>;

export const caseIdParamSchema = z.strictObject({ id: idField('id', 'a case id') });

export const caseActionBodySchema = z.strictObject({
	action: z.enum(CASE_ACTIONS, { message: `action must be one of ${CASE_ACTIONS.join(', ')}` }),
	note: textField('note', MAX_NOTE_CHARS).optional(),
	reason: textField('reason', MAX_NOTE_CHARS).optional(),
	assignee: textField('assignee', MAX_NAME_CHARS).optional(),
	unit: textField('unit', MAX_NAME_CHARS).optional(),
	deadline: localDateTime('deadline').optional(),
	into: idField('into', 'a case id').optional(),
	/** `record_outcome`: the 城管执法大队's answer (issue 15). */
	outcome: z
		.enum(REFERRAL_OUTCOMES, { message: `outcome must be one of ${REFERRAL_OUTCOMES.join(', ')}` })
		.optional()
});
export type CaseActionBody = z.infer<typeof caseActionBodySchema>;

/** Batch dispatch (issue 14 item 3): the ids chosen in the list, or every dispatchable case of an area. */
export const batchDispatchBodySchema = z
	.strictObject({
		ids: z
			.array(idField('ids[]', 'a case id'))
			.max(MAX_BATCH_CASES, `ids may name at most ${MAX_BATCH_CASES} cases`)
			.optional(),
		zone: idField('zone', 'a zone id').optional(),
		bbox: z
			.array(z.number().min(-180).max(180))
			.min(4, 'bbox must be [west, south, east, north]')
			.max(4, 'bbox must be [west, south, east, north]')
			.optional(),
		assignee: nameField('assignee'),
		unit: textField('unit', MAX_NAME_CHARS).optional(),
		note: textField('note', MAX_NOTE_CHARS).optional()
	})
	.refine((b) => [b.ids, b.zone, b.bbox].filter((x) => x !== undefined).length === 1, {
		message: 'name the cases by exactly one of ids, zone or bbox',
		path: ['ids']
	});
export type BatchDispatchBody = z.infer<typeof batchDispatchBodySchema>;

export const INDICATOR_GROUPINGS = ['zone', 'unit', 'person', 'month'] as const;
export const caseIndicatorsQuerySchema = z
	.strictObject({
		by: z.enum(INDICATOR_GROUPINGS, { message: 'by must be one of zone, unit, person, month' }),
		from: isoDate('from'),
		to: isoDate('to')
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);

export const calendarYearParamSchema = z.strictObject({
	year: z
		.string()
		.max(4)
		.regex(/^\d{4}$/, 'year must be written YYYY')
});

const calendarDay = z.strictObject({
	date: textField('date', 10),
	name_zh: textField('name_zh', 50),
	name_en: textField('name_en', 100)
});

/** `PUT /api/calendar/{year}`: the year file as data/calendar holds it; checked by the domain parser. */
export const calendarYearBodySchema = z.strictObject({
	year: z.number().int().min(1949).max(2100),
	source: textField('source', 500),
	holidays: z.array(calendarDay).max(120),
	workdays: z.array(calendarDay).max(30)
});

/** `PUT /api/admin/settings`: `webhook_url` empty or null turns the robot off. */
export const adminSettingsBodySchema = z.strictObject({
	webhook_url: z
		.union([
			z.literal(''),
			z
				.string()
				.max(1_000, 'webhook_url must be at most 1000 characters')
				.regex(/^https?:\/\/\S+$/, 'webhook_url must be an http(s) URL')
		])
		.nullable()
});

/** A case as every case endpoint answers it. Times are local (Asia/Shanghai), no offset. */
export interface CaseView {
	id: string;
	category: string;
	description: string;
	status: CaseStatus;
	source: CaseSource;
	/** The report's own words for its source (the ledgers' text). */
	source_text: string;
	priority: CasePriority;
	reporter: string | null;
	reported_at: string;
	deadline: string | null;
	/** Computed now, never stored (design.md §3). */
	overdue: boolean;
	due_soon: boolean;
	/** Calendar days past the deadline, at least 1 once overdue; null when not overdue. */
	overdue_days: number | null;
	assignee: string | null;
	assignee_unit: string | null;
	zone: string | null;
	grid: string | null;
	segment: string | null;
	lng: number;
	lat: number;
	handled_by: string | null;
	handled_at: string | null;
	closed_at: string | null;
	rework_count: number;
	escalations: number;
	merged_into: string | null;
	photos: string[];
	/** Cases merged into this one. */
	merged: string[];
	origin: { kind: CaseOriginKind; id: string } | null;
}

export interface CaseHistoryRow {
	at: string;
	by: string;
	role: string | null;
	action: string;
	from: CaseStatus | null;
	to: CaseStatus;
	note: string | null;
}

export interface CaseDetail extends CaseView {
	history: CaseHistoryRow[];
	/** What the caller may do now (the buttons). */
	actions: CaseAction[];
	/** The responsible person of its grid, else of its community (until the registry). */
	proposed_assignee: string | null;
}

export interface DuplicateOffer {
	id: string;
	distance_m: number;
}
