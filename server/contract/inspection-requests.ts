/**
 * Requests of 环卫考核 inspections and the deduction catalogue (issue 16 item 2, lane B). Zod
 * schemas checked at the HTTP boundary; a phone's multipart form carries the same JSON in its
 * `body` field and each deduction's photos as `d0`, `d1` ….
 */
import { z } from 'zod';
import { DEDUCTION_SCOPES, INSPECTION_FORMS, INSPECTION_LEVELS, MAX_ITEM_MARK } from './assessment';
import { localDateTime } from './dates';
import {
	dateWindowFields,
	idField,
	isOrderedWindow,
	MAX_NOTE_CHARS,
	nameField,
	numberField,
	textField,
	UNORDERED_WINDOW,
	wholeNumberField
} from './fields';
import {
	MAX_DEDUCTION_COUNT,
	MAX_DEDUCTION_PHOTOS,
	MAX_DEDUCTION_POINTS,
	MAX_DEDUCTIONS,
	MAX_INSPECTIONS_PER_LIST
} from './inspections';

const lng = numberField('lng', -180, 180);
const lat = numberField('lat', -90, 90);
const mark = (field: string) =>
	z
		.number({ message: `${field} must be a whole mark from 0 to ${MAX_ITEM_MARK}` })
		.int(`${field} must be a whole mark from 0 to ${MAX_ITEM_MARK}`)
		.min(0, `${field} must be a whole mark from 0 to ${MAX_ITEM_MARK}`)
		.max(MAX_ITEM_MARK, `${field} must be a whole mark from 0 to ${MAX_ITEM_MARK}`);

/** A catalogue code: lower-case letters, digits and `_`. */
const itemCode = (field: string) =>
	idField(field, 'a deduction item code').regex(
		/^[a-z0-9_]+$/,
		`${field} must be lower-case letters, digits or _`
	);

export const inspectionDeductionSchema = z.strictObject({
	item: itemCode('deductions[].item'),
	count: z
		.number({ message: 'deductions[].count must be a whole number' })
		.int('deductions[].count must be a whole number')
		.min(1, `deductions[].count must be from 1 to ${MAX_DEDUCTION_COUNT}`)
		.max(MAX_DEDUCTION_COUNT, `deductions[].count must be from 1 to ${MAX_DEDUCTION_COUNT}`)
		.default(1),
	note: textField('deductions[].note', MAX_NOTE_CHARS).optional(),
	/** Photo ids stored by the photos module (a multipart form sends the files instead). */
	photos: z
		.array(idField('deductions[].photos[]', 'a photo id'))
		.max(MAX_DEDUCTION_PHOTOS, `a deduction may carry at most ${MAX_DEDUCTION_PHOTOS} photos`)
		.optional(),
	lng: lng.optional(),
	lat: lat.optional(),
	/** 同时立案: open a case of the item's category at the deduction's place. */
	open_case: z.boolean({ message: 'deductions[].open_case must be true or false' }).optional()
});

export const createInspectionBodySchema = z.strictObject({
	form: z.enum(INSPECTION_FORMS, { message: 'form must be section or area' }),
	level: z.enum(INSPECTION_LEVELS, { message: 'level must be town or district' }).default('town'),
	/** The section form: the segment and the section's index along it (sectionSpans). */
	segment_id: idField('segment_id', 'a road segment id').optional(),
	section_index: z
		.number({ message: 'section_index must be a whole number' })
		.int('section_index must be a whole number')
		.min(0, 'section_index must be 0 or more')
		.max(10_000, 'section_index must be at most 10000')
		.optional(),
	/** The area form: the key area zone of a key group. */
	zone_id: idField('zone_id', 'a key area zone id').optional(),
	marks: z
		.strictObject({
			c1: mark('marks.c1'),
			c2: mark('marks.c2'),
			c3: mark('marks.c3'),
			c4: mark('marks.c4')
		})
		.optional(),
	deductions: z
		.array(inspectionDeductionSchema)
		.max(MAX_DEDUCTIONS, `an inspection may record at most ${MAX_DEDUCTIONS} deductions`)
		.default([]),
	note: textField('note', MAX_NOTE_CHARS).optional(),
	/** Where the inspector stood; the section's midpoint (or the area's centre) by default. */
	lng: lng.optional(),
	lat: lat.optional(),
	/** When it was inspected on the phone (local time); now by default. */
	inspected_at: localDateTime('inspected_at').optional()
});
export type CreateInspectionBody = z.infer<typeof createInspectionBodySchema>;
export type InspectionDeductionBody = z.infer<typeof inspectionDeductionSchema>;

export const inspectionIdParamSchema = z.strictObject({ id: idField('id', 'an inspection id') });

export const listInspectionsQuerySchema = z
	.strictObject({
		...dateWindowFields,
		segment: idField('segment', 'a road segment id').optional(),
		road: idField('road', 'a road id').optional(),
		group: idField('group', 'a key group id').optional(),
		inspector: textField('inspector', 100).optional(),
		limit: wholeNumberField('limit', 1, MAX_INSPECTIONS_PER_LIST).default(200)
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);
export type ListInspectionsQuery = z.infer<typeof listInspectionsQuerySchema>;

const coordinate = (field: string, min: number, max: number) =>
	z.coerce
		.number({ message: `${field} must be a number from ${min} to ${max}` })
		.min(min, `${field} must be a number from ${min} to ${max}`)
		.max(max, `${field} must be a number from ${min} to ${max}`);

export const suggestionsQuerySchema = z.strictObject({
	lng: coordinate('lng', -180, 180),
	lat: coordinate('lat', -90, 90),
	limit: wholeNumberField('limit', 1, 20).default(12)
});

const caseCategory = idField('caseCategory', 'a case category code').nullable();

export const createDeductionItemBodySchema = z.strictObject({
	code: itemCode('code'),
	nameZh: nameField('nameZh'),
	nameEn: nameField('nameEn'),
	points: numberField('points', 0.5, MAX_DEDUCTION_POINTS),
	scope: z.enum(DEDUCTION_SCOPES, { message: 'scope must be section, area or both' }),
	caseCategory: caseCategory.default(null),
	active: z.boolean({ message: 'active must be true or false' }).default(true),
	sortOrder: z
		.number({ message: 'sortOrder must be a whole number' })
		.int('sortOrder must be a whole number')
		.min(0, 'sortOrder must be 0 or more')
		.max(10_000, 'sortOrder must be at most 10000')
		.optional()
});
export type CreateDeductionItemBody = z.infer<typeof createDeductionItemBodySchema>;

export const updateDeductionItemBodySchema = z.strictObject({
	nameZh: nameField('nameZh').optional(),
	nameEn: nameField('nameEn').optional(),
	points: numberField('points', 0.5, MAX_DEDUCTION_POINTS).optional(),
	scope: z.enum(DEDUCTION_SCOPES, { message: 'scope must be section, area or both' }).optional(),
	caseCategory: caseCategory.optional(),
	active: z.boolean({ message: 'active must be true or false' }).optional(),
	sortOrder: z
		.number({ message: 'sortOrder must be a whole number' })
		.int('sortOrder must be a whole number')
		.min(0, 'sortOrder must be 0 or more')
		.max(10_000, 'sortOrder must be at most 10000')
		.optional()
});
export type UpdateDeductionItemBody = z.infer<typeof updateDeductionItemBodySchema>;

export const deductionItemCodeParamSchema = z.strictObject({
	code: idField('code', 'a deduction item code')
});
