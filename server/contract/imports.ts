/**
 * The `/api/import/*` contract: the multipart form fields (zod, checked at the HTTP boundary).
 * The answer shapes are in import-results.ts.
 */
import { z } from 'zod';
import { CRS_IDS } from '$geo/crs';
import { IMPORT_LANGS } from './import-results';

/** The words of the form's refusals, in one language (server/domain/imports/file-refusal-messages.ts). */
export interface ImportFormMessages {
	missingFile(): string;
	badCrs(): string;
	badMapping(): string;
	badFlag(field: string): string;
	emptySheetName(): string;
	badLang(): string;
}

const mappingSchema = (say: ImportFormMessages) =>
	z
		.string()
		.transform((s, ctx) => {
			try {
				return JSON.parse(s) as unknown;
			} catch {
				ctx.addIssue({ code: 'custom', message: say.badMapping() });
				return z.NEVER;
			}
		})
		.pipe(z.record(z.string(), z.string(), { message: say.badMapping() }));

const flag = (say: ImportFormMessages, field: string) =>
	z
		.enum(['true', 'false'], { message: say.badFlag(field) })
		.optional()
		.transform((v) => v === 'true');

/**
 * Form fields of `POST /api/import/{kind}` (and `/preview`), each refusal worded by `say` in
 * the request's language; unknown fields are refused (the route words that too).
 */
export const importFormSchema = (say: ImportFormMessages) =>
	z.strictObject({
		file: z.instanceof(File, { message: say.missingFile() }),
		crs: z.enum(CRS_IDS, { message: say.badCrs() }).default('wgs84'),
		mapping: mappingSchema(say).optional(),
		dryRun: flag(say, 'dryRun'),
		sheet: z.string().min(1, say.emptySheetName()).optional(),
		/** The language of every message in the answer (zh-CN unless asked), as the exports. */
		lang: z.enum(IMPORT_LANGS, { message: say.badLang() }).default('zh-CN'),
		/** Import points far outside every stored zone anyway (only asked with no service area). */
		allowFar: flag(say, 'allowFar')
	});
export type ImportForm = z.infer<ReturnType<typeof importFormSchema>>;
