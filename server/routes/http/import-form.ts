import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { IMPORT_LANGS, type ImportLang } from '../../contract/import-results';
import { importFormSchema, type ImportForm } from '../../contract/imports';
import { excerpt } from '../../contract/quote';
import { fileRefusals } from '../../domain/imports/file-refusal-messages';
import { AppError, BadRequestError } from '../../errors';
import type { WorkerPool } from '../../workers/worker-pool';
import { formatPath, MAX_LISTED_ISSUES } from './validation';

const isLang = (v: unknown): v is ImportLang =>
	typeof v === 'string' && (IMPORT_LANGS as readonly string[]).includes(v);

/**
 * The language of an import's answer before its form is read: `lang` in the query (the web
 * page sends it there too), else Chinese. A refusal of the body itself (too large, not a form)
 * can be told in no other.
 */
export function queryLang(c: Context): ImportLang {
	const lang = c.req.query('lang');
	return isLang(lang) ? lang : 'zh-CN';
}

/**
 * The multipart fields, each sent once, parsed in a worker thread (http/multipart.ts); a
 * body that does not parse is the client's fault. Refusals are in `lang`.
 */
async function readSingleFields(
	c: Context,
	work: WorkerPool,
	lang: ImportLang
): Promise<Record<string, unknown>> {
	const body = await c.req.arrayBuffer();
	const contentType = c.req.header('content-type') ?? '';
	const form = await work.run('parseMultipart', { body, contentType }, [body]).catch((error) => {
		if (error instanceof AppError) throw error;
		throw new BadRequestError(fileRefusals(lang).brokenMultipart());
	});
	// The form's own `lang` words the rest; a repeated field is told in it when it is clear.
	const said = form.counts.lang === 1 && isLang(form.fields.lang) ? form.fields.lang : lang;
	for (const [name, count] of Object.entries(form.counts)) {
		if (count > 1) throw new BadRequestError(fileRefusals(said).repeatedField(name, count));
	}
	return Object.fromEntries(
		Object.entries(form.fields).map(([name, v]) => [
			name,
			typeof v === 'string' ? v : new File([v.bytes], v.name)
		])
	);
}

/** A form zod refused, as a 400 in `lang`: each field's problem as the clerk reads it. */
function refuseForm(error: ZodError, lang: ImportLang): BadRequestError {
	const say = fileRefusals(lang);
	const issues = error.issues
		.slice(0, MAX_LISTED_ISSUES)
		.map((i) =>
			i.code === 'unrecognized_keys'
				? { parameter: i.keys.map(excerpt).join(','), message: say.unknownFields(i.keys) }
				: { parameter: formatPath(i.path), message: i.message }
		);
	const message = issues.map((i) => i.message).join(lang === 'en' ? '; ' : '；');
	return new BadRequestError(message, { issues });
}

/**
 * The import form (`multipart/form-data`: file, crs, mapping, dryRun, sheet, lang, allowFar),
 * checked with zod and every refusal worded in the request's language: the form's `lang`,
 * else the query's, else Chinese.
 */
export async function readImportForm(c: Context, work: WorkerPool): Promise<ImportForm> {
	const lang = queryLang(c);
	const type = c.req.header('content-type') ?? '';
	if (!type.startsWith('multipart/form-data')) {
		throw new BadRequestError(fileRefusals(lang).notMultipart());
	}
	const fields = {
		...(c.req.query('lang') !== undefined && { lang: c.req.query('lang') }),
		...(await readSingleFields(c, work, lang))
	};
	const said = isLang(fields.lang) ? fields.lang : lang;
	const parsed = importFormSchema(fileRefusals(said)).safeParse(fields);
	if (!parsed.success) throw refuseForm(parsed.error, said);
	return parsed.data;
}
