/** Request schemas of the public routes (zod, checked at the HTTP boundary). */
import { z } from 'zod';
import {
	BOARD_DAYS,
	MAX_RESIDENT_CONTACT_CHARS,
	MAX_RESIDENT_DESCRIPTION_CHARS
} from './public-board';
import { latNumber as lat, lngNumber as lng } from './cases';
import { idField, textField, wholeNumberField } from './fields';

/** A resident's report: the JSON body, or the text fields of the multipart form (coerced). */
export const residentReportSchema = z.strictObject({
	category: idField('category', 'a category code'),
	description: textField('description', MAX_RESIDENT_DESCRIPTION_CHARS).optional(),
	lng,
	lat,
	/** A phone or name for the office to call back; never shown on any public page. */
	contact: textField('contact', MAX_RESIDENT_CONTACT_CHARS).optional()
});
export type ResidentReport = z.infer<typeof residentReportSchema>;

/** The form's fields as text; numbers parsed here, then checked by residentReportSchema. */
export const residentFormSchema = residentReportSchema.extend({
	lng: z.coerce
		.number({ message: 'lng must be a number' })
		.min(-180, 'lng must be from -180 to 180')
		.max(180, 'lng must be from -180 to 180')
		.pipe(lng),
	lat: z.coerce
		.number({ message: 'lat must be a number' })
		.min(-90, 'lat must be from -90 to 90')
		.max(90, 'lat must be from -90 to 90')
		.pipe(lat)
});

/** A random device id: 8–64 letters, digits or dashes (crypto.randomUUID on the page). */
export const deviceIdSchema = z
	.string()
	.max(64, 'X-Device-Id must be 8–64 letters, digits or dashes')
	.regex(/^[A-Za-z0-9-]{8,64}$/, 'X-Device-Id must be 8–64 letters, digits or dashes');

export const caseNumberParamSchema = z.strictObject({
	caseNumber: idField('caseNumber', 'a case number')
});

export const boardQuerySchema = z.strictObject({
	days: wholeNumberField('days', 1, BOARD_DAYS).default(BOARD_DAYS),
	lang: z.enum(['zh-CN', 'en']).optional()
});
