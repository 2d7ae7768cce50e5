import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { importFormSchema } from '../contract/imports';
import type { Database } from '../db/database';
import { COLUMN_ALIASES } from '../domain/imports/column-aliases';
import { IMPORT_FIELDS, IMPORT_KINDS, type ImportKind } from '../domain/imports/import-fields';
import { quoteValue } from '../domain/imports/quote-value';
import { AppError, BadRequestError, NotFoundError, PayloadTooLargeError } from '../errors';
import { importFile, previewImport, type ImportRequest } from '../ingest/import-file';
import { MAX_IMPORT_ROWS, PREVIEW_ROWS, UPLOAD_LIMIT_BYTES } from '../ingest/import-limits';
import type { WorkerPool } from '../workers/worker-pool';
import type { Bbox } from '$geo/bbox';
import { CRS_IDS } from '$geo/crs';
import type { AuthEnv } from './http/auth-env';
import { parseWith } from './http/validation';

/** Room for the multipart framing and the small fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

const limitUpload = bodyLimit({
	maxSize: UPLOAD_LIMIT_BYTES + FORM_OVERHEAD_BYTES,
	onError: () => {
		throw new PayloadTooLargeError(`the upload is over the limit of ${UPLOAD_LIMIT_BYTES} bytes`, {
			limit: UPLOAD_LIMIT_BYTES
		});
	}
});

const isKind = (s: string): s is ImportKind => (IMPORT_KINDS as readonly string[]).includes(s);

/**
 * The multipart fields, each sent once, parsed in a worker thread (http/multipart.ts); a
 * body that does not parse is the client's fault.
 */
async function readSingleFields(c: Context, work: WorkerPool): Promise<Record<string, unknown>> {
	const body = await c.req.arrayBuffer();
	const contentType = c.req.header('content-type') ?? '';
	const form = await work.run('parseMultipart', { body, contentType }, [body]).catch((error) => {
		if (error instanceof AppError) throw error;
		throw new BadRequestError(
			'the upload is not a complete multipart/form-data body; send the file again'
		);
	});
	for (const [name, count] of Object.entries(form.counts)) {
		if (count > 1) {
			throw new BadRequestError(
				`form field ${quoteValue(name)} was sent ${count} times; send it once`
			);
		}
	}
	return Object.fromEntries(
		Object.entries(form.fields).map(([name, v]) => [
			name,
			typeof v === 'string' ? v : new File([v.bytes], v.name)
		])
	);
}

/** The form of an import request, checked with zod, as the shared import function takes it. */
async function readImportRequest(
	c: Context,
	serviceArea: Bbox | null,
	work: WorkerPool
): Promise<ImportRequest> {
	const kind = c.req.param('kind') ?? '';
	if (!isKind(kind)) {
		throw new NotFoundError(
			`unknown import kind ${quoteValue(kind)}; kinds are ${IMPORT_KINDS.join(', ')}`
		);
	}
	const type = c.req.header('content-type') ?? '';
	if (!type.startsWith('multipart/form-data')) {
		throw new BadRequestError('send the file as multipart/form-data with the field "file"');
	}
	const form = parseWith(importFormSchema, {
		...(c.req.query('lang') !== undefined && { lang: c.req.query('lang') }),
		...(await readSingleFields(c, work))
	});
	return {
		kind,
		bytes: new Uint8Array(await form.file.arrayBuffer()),
		filename: form.file.name,
		crs: form.crs,
		mapping: form.mapping ?? {},
		dryRun: form.dryRun,
		sheet: form.sheet,
		serviceArea,
		lang: form.lang,
		allowFar: form.allowFar
	};
}

/**
 * `POST /api/import/{kind}` (multipart: file, crs, mapping, dryRun, sheet, lang, allowFar; `lang`
 * may also be a query parameter, as the exports take it): check every row,
 * then upsert by id in one transaction, or 422 listing every bad row and write nothing.
 * `POST /api/import/{kind}/preview`: encoding, mapping and first rows, nothing checked or
 * written. `GET /api/import`: kinds, fields, aliases and limits for the web UI.
 */
export function createImportRoutes(db: Database, serviceArea: Bbox | null, work: WorkerPool) {
	return new Hono<AuthEnv>()
		.get('/', (c) =>
			c.json({
				kinds: Object.fromEntries(
					IMPORT_KINDS.map((k) => [
						k,
						Object.fromEntries(
							Object.entries(IMPORT_FIELDS[k]).map(([f, spec]) => [
								f,
								{ ...spec, aliases: COLUMN_ALIASES[f] ?? [] }
							])
						)
					])
				),
				crs: CRS_IDS,
				serviceArea,
				limits: {
					uploadBytes: UPLOAD_LIMIT_BYTES,
					rows: MAX_IMPORT_ROWS,
					previewRows: PREVIEW_ROWS
				}
			})
		)
		.post('/:kind/preview', limitUpload, async (c) =>
			c.json(await previewImport(await readImportRequest(c, serviceArea, work), work))
		)
		.post('/:kind', limitUpload, async (c) =>
			c.json(
				await importFile(db, c.get('actor'), await readImportRequest(c, serviceArea, work), work)
			)
		);
}
