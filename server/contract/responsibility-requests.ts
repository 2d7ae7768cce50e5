/**
 * Request schemas of `/api/responsibilities` (issue 15 item 1), checked at the HTTP boundary.
 * The shapes the web reads are zod-free, in responsibility.ts.
 */
import { z } from 'zod';
import { isoDate } from './dates';
import {
	formatField,
	idField,
	langField,
	MAX_NAME_CHARS,
	MAX_NOTE_CHARS,
	numberField,
	textField
} from './fields';
import { PLEDGE_TYPES, RESPONSIBILITY_TARGETS } from './responsibility';

/** Longest phone number kept (a landline with extension: 0571-12345678-123). */
export const MAX_PHONE_CHARS = 40;

const kindField = z.enum(RESPONSIBILITY_TARGETS, {
	message: `kind must be one of ${RESPONSIBILITY_TARGETS.join(', ')}`
});

/** Empty text is "not given" (a cleared form field), stored as null. */
const optionalText = (field: string, max: number) =>
	textField(field, max)
		.trim()
		.transform((s) => (s === '' ? null : s))
		.nullable()
		.optional()
		.transform((v) => v ?? null);

const optionalDate = (field: string) =>
	z
		.union([isoDate(field), z.literal('')])
		.nullable()
		.optional()
		.transform((v) => (v ? v : null));

const optionalNumber = (field: string, max: number) =>
	numberField(field, 0, max)
		.nullable()
		.optional()
		.transform((v) => v ?? null);

/** `GET /api/responsibilities`: filters on the current rows. */
/**
 * The registry's filters, shared by the list and its export so a download holds exactly the
 * rows the table shows (both go through buildCurrentResponsibilitiesQuery).
 */
const responsibilityFilterFields = {
	kind: kindField.optional(),
	/** A zone id: rows of that zone, its grids and the frontage units inside it. */
	zone: idField('zone').optional(),
	/** Part of the person's name, account or unit. */
	person: textField('person', MAX_NAME_CHARS).optional(),
	/** One place (the map's details panel asks for its zone or segment). */
	target: idField('target').optional()
};

export const listResponsibilitiesQuerySchema = z.strictObject({
	...responsibilityFilterFields,
	lang: langField.optional()
});

export const responsibilityHistoryQuerySchema = z.strictObject({
	kind: kindField,
	target: idField('target'),
	lang: langField.optional()
});

/** `POST /api/responsibilities`: set who answers for one place (a new holder closes the old row). */
export const saveResponsibilityBodySchema = z
	.strictObject({
		targetKind: kindField,
		targetId: idField('targetId'),
		person: optionalText('person', MAX_NAME_CHARS),
		username: optionalText('username', 100),
		phone: optionalText('phone', MAX_PHONE_CHARS),
		unit: optionalText('unit', MAX_NAME_CHARS),
		pledgeType: z
			.enum(PLEDGE_TYPES, { message: `pledgeType must be one of ${PLEDGE_TYPES.join(', ')}` })
			.nullable()
			.optional()
			.transform((v) => v ?? null),
		signedOn: optionalDate('signedOn'),
		termFrom: optionalDate('termFrom'),
		termTo: optionalDate('termTo'),
		targetOnTimePct: optionalNumber('targetOnTimePct', 100),
		targetScore: optionalNumber('targetScore', 100),
		note: optionalText('note', MAX_NOTE_CHARS)
	})
	.refine((b) => b.person !== null || b.unit !== null || b.username !== null, {
		message: 'give the responsible person or unit (责任人或责任单位)',
		path: ['person']
	})
	.refine((b) => !b.termFrom || !b.termTo || b.termFrom <= b.termTo, {
		message: 'termTo must not be before termFrom (截止日期早于起始日期)',
		path: ['termTo']
	});
export type SaveResponsibilityBody = z.infer<typeof saveResponsibilityBodySchema>;

/** A registry row's number in the path (`/api/responsibilities/12/end`). */
export const responsibilityIdParamSchema = z.strictObject({
	id: z
		.string()
		.max(15, 'id must be a registry row number')
		.regex(/^[1-9]\d{0,14}$/, 'id must be a registry row number')
		.transform(Number)
});

export const endResponsibilityBodySchema = z.strictObject({
	note: optionalText('note', MAX_NOTE_CHARS)
});

export const exportResponsibilitiesQuerySchema = z.strictObject({
	...responsibilityFilterFields,
	format: formatField(['csv', 'xlsx'] as const).default('xlsx'),
	lang: langField
});
