/**
 * The `/api/import/*` contract: the multipart form fields (zod, checked at the HTTP boundary).
 * The answer shapes are in import-results.ts.
 */
import { z } from 'zod';
import { CRS_IDS } from '$geo/crs';
import { langField } from './fields';

const mappingSchema = z
	.string()
	.transform((s, ctx) => {
		try {
			return JSON.parse(s) as unknown;
		} catch {
			ctx.addIssue({
				code: 'custom',
				message: 'mapping must be a JSON object like {"lng":"X坐标"}'
			});
			return z.NEVER;
		}
	})
	.pipe(
		z.record(z.string(), z.string(), {
			message:
				'mapping must be a JSON object from SaniMap field to column name, e.g. {"lng":"X坐标"}'
		})
	);

/** Form fields of `POST /api/import/{kind}` (and `/preview`); unknown fields are refused. */
export const importFormSchema = z.strictObject({
	file: z.instanceof(File, {
		message: 'file: attach the CSV, XLSX or GeoJSON file as form field "file"'
	}),
	crs: z.enum(CRS_IDS, { message: `crs must be one of ${CRS_IDS.join(', ')}` }).default('wgs84'),
	mapping: mappingSchema.optional(),
	dryRun: z
		.enum(['true', 'false'], { message: 'dryRun must be true or false' })
		.optional()
		.transform((v) => v === 'true'),
	sheet: z.string().min(1).optional(),
	/** The language of every message in the answer (zh-CN unless asked), as the exports. */
	lang: langField,
	/** Import points far outside every stored zone anyway (only asked with no service area). */
	allowFar: z
		.enum(['true', 'false'], { message: 'allowFar must be true or false' })
		.optional()
		.transform((v) => v === 'true')
});
export type ImportForm = z.infer<typeof importFormSchema>;
