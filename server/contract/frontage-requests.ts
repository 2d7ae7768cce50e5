/**
 * Request schemas of `/api/frontage` (issue 15 item 2, the 门前三包 ledger), checked at the
 * HTTP boundary. The web imports the inferred types only.
 */
import { z } from 'zod';
import { isoDate } from './dates';
import {
	bboxField,
	formatField,
	idField,
	langField,
	MAX_NAME_CHARS,
	nameField,
	numberField,
	textField
} from './fields';
import { FRONTAGE_CATEGORIES, CHECK_RESULTS } from './frontage';
import { commaList, listOf } from './lists';

/** Most vertices a redrawn frontage line may have. */
export const MAX_FRONTAGE_VERTICES = 200;
/** Longest contact phone text (a mobile, or a landline with area code and extension). */
export const MAX_PHONE_CHARS = 40;
/** Widest frontage drawn either side of the door on create (metres). */
export const MAX_FRONTAGE_HALF_WIDTH_M = 200;

const LAST_CHECK_FILTERS = [...CHECK_RESULTS, 'unchecked'] as const;

const filterFields = {
	bbox: bboxField().optional(),
	zone: commaList('zone').optional(),
	category: listOf('category', FRONTAGE_CATEGORIES).optional(),
	agreement: z
		.enum(['signed', 'unsigned'], { message: 'agreement must be signed or unsigned' })
		.optional(),
	last: listOf('last', LAST_CHECK_FILTERS).optional(),
	repeat: z.enum(['true', 'false'], { message: 'repeat must be true or false' }).optional()
};

export const listFrontageQuerySchema = z.strictObject({
	...filterFields,
	lang: langField.optional()
});
export type ListFrontageQuery = z.infer<typeof listFrontageQuerySchema>;
export type FrontageFilters = Omit<ListFrontageQuery, 'lang'>;

export const exportFrontageQuerySchema = z.strictObject({
	...filterFields,
	format: formatField(['csv', 'xlsx'] as const).default('csv'),
	lang: langField
});
export type ExportFrontageQuery = z.infer<typeof exportFrontageQuerySchema>;

export const frontageIdParamSchema = z.strictObject({ id: idField('id', 'a frontage unit id') });

const position = (field: string) =>
	z.tuple(
		[numberField(`${field} longitude`, -180, 180), numberField(`${field} latitude`, -90, 90)],
		{
			message: `${field} must be [longitude, latitude]`
		}
	);

const lineField = z.strictObject(
	{
		type: z.literal('LineString', { message: 'frontage.type must be LineString' }),
		coordinates: z
			.array(position('frontage point'))
			.min(2, 'frontage must have at least 2 points')
			.max(MAX_FRONTAGE_VERTICES, `frontage may have at most ${MAX_FRONTAGE_VERTICES} points`)
	},
	{ message: 'frontage must be a GeoJSON LineString' }
);

const editableFields = {
	name: nameField('name'),
	category: z.enum(FRONTAGE_CATEGORIES, {
		message: `category must be one of ${FRONTAGE_CATEGORIES.join(', ')}`
	}),
	address: textField('address', MAX_NAME_CHARS).nullable(),
	contactName: textField('contactName', MAX_NAME_CHARS).nullable(),
	contactPhone: textField('contactPhone', MAX_PHONE_CHARS).nullable(),
	agreementSigned: z.boolean({ message: 'agreementSigned must be true or false' }),
	agreementSignedOn: isoDate('agreementSignedOn').nullable()
};

export const createFrontageBodySchema = z.strictObject({
	...editableFields,
	address: editableFields.address.optional(),
	contactName: editableFields.contactName.optional(),
	contactPhone: editableFields.contactPhone.optional(),
	agreementSignedOn: editableFields.agreementSignedOn.optional(),
	lng: numberField('lng', -180, 180),
	lat: numberField('lat', -90, 90),
	halfWidthM: numberField('halfWidthM', 1, MAX_FRONTAGE_HALF_WIDTH_M).optional()
});
export type CreateFrontageBody = z.infer<typeof createFrontageBodySchema>;

export const patchFrontageBodySchema = z
	.strictObject({
		name: editableFields.name.optional(),
		category: editableFields.category.optional(),
		address: editableFields.address.optional(),
		contactName: editableFields.contactName.optional(),
		contactPhone: editableFields.contactPhone.optional(),
		agreementSigned: editableFields.agreementSigned.optional(),
		agreementSignedOn: editableFields.agreementSignedOn.optional(),
		frontage: lineField.optional()
	})
	.refine((b) => Object.keys(b).length > 0, { message: 'nothing to change' });
export type PatchFrontageBody = z.infer<typeof patchFrontageBodySchema>;
