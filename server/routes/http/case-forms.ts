/**
 * The cases API's multipart bodies (issue 14 item 5): a phone sends its report or action as
 * multipart/form-data with the photos beside the fields. The text fields read as the JSON
 * body would (numbers for lng/lat) and go through the same zod schema.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { caseActionBodySchema, createCaseBodySchema } from '../../contract/cases';
import { parseWith } from './validation';

/** The photo fields of an action: what the place looked like before and after the work. */
export const ACTION_PHOTO_FIELDS = ['before', 'after'] as const;

export const isMultipart = (c: Context) =>
	/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '');

/** The text fields of a form, files and the listed file fields left out. */
function textFields(form: FormData, skip: readonly string[]): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, value] of form) {
		if (skip.includes(name) || typeof value !== 'string') continue;
		out[name] = value;
	}
	return out;
}

const numberOrText = (v: unknown) =>
	typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : v;

/** A report's form: lng/lat may be left out when the first photo carries an EXIF position. */
export const createCaseFormSchema = createCaseBodySchema.partial({ lng: true, lat: true });

export function createCaseForm(form: FormData): z.infer<typeof createCaseFormSchema> {
	const fields = textFields(form, ['photos']);
	for (const k of ['lng', 'lat'] as const) if (k in fields) fields[k] = numberOrText(fields[k]);
	return parseWith(createCaseFormSchema, fields);
}

export function caseActionForm(form: FormData): z.infer<typeof caseActionBodySchema> {
	return parseWith(caseActionBodySchema, textFields(form, ACTION_PHOTO_FIELDS));
}
