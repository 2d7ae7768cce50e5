/**
 * `npm run import -- --kind surveys [--crs gcj02] [--mapping '{"lng":"X"}'] [--sheet S] [--dry-run]
 *  [--lang zh-CN|en] [--allow-far] FILE`
 *
 * Uses the running server when one answers /api/health at SANIMAP_URL (default
 * http://$HOST:$PORT), because DuckDB allows one writing process per file (design.md §1),
 * signed in by the personal access token in SANIMAP_TOKEN (a planner's or admin's);
 * otherwise opens SANIMAP_DB itself and runs the same import function as the route. Says
 * which it did. Problems print one line per group of equal problems, in `--lang` (zh-CN unless
 * asked, as the API). Exit 0 imported, 1 rows or columns refused, 2 anything else.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config';
import { IMPORT_KINDS, type ImportKind } from '../server/domain/imports/import-fields';
import { IMPORT_LANGS, type ImportLang } from '../server/contract/import-results';
import { AppError } from '../server/errors';
import { importFile, type ImportRequest } from '../server/ingest/import-file';
import { openStore } from '../server/ingest/open-store';
import { systemActor } from '../server/services/actor';
import { CRS_IDS, type CrsId } from '$geo/crs';
import { formatIssueTable, type TableRow } from './import-table';

/** How long /api/health may take before the file is opened directly. */
const HEALTH_TIMEOUT_MS = 1500;

function fail(message: string): never {
	console.error(message);
	process.exit(2);
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		kind: { type: 'string' },
		crs: { type: 'string', default: 'wgs84' },
		mapping: { type: 'string' },
		sheet: { type: 'string' },
		'dry-run': { type: 'boolean', default: false },
		lang: { type: 'string', default: 'zh-CN' },
		'allow-far': { type: 'boolean', default: false }
	}
});
const [file] = positionals;
const usage = `usage: npm run import -- --kind ${IMPORT_KINDS.join('|')} [--crs ${CRS_IDS.join('|')}] [--mapping JSON] [--sheet NAME] [--dry-run] [--lang ${IMPORT_LANGS.join('|')}] [--allow-far] FILE`;
if (!file || positionals.length > 1) fail(usage);
if (!(IMPORT_KINDS as readonly string[]).includes(values.kind ?? ''))
	fail(`--kind must be one of ${IMPORT_KINDS.join(', ')}\n${usage}`);
if (!(CRS_IDS as readonly string[]).includes(values.crs!))
	fail(`--crs must be one of ${CRS_IDS.join(', ')}`);
if (!(IMPORT_LANGS as readonly string[]).includes(values.lang!))
	fail(`--lang must be one of ${IMPORT_LANGS.join(', ')}`);
let mapping: Record<string, string> = {};
if (values.mapping) {
	try {
		mapping = JSON.parse(values.mapping) as Record<string, string>;
	} catch {
		fail(`--mapping must be a JSON object, e.g. '{"lng":"X坐标"}'`);
	}
}
try {
	accessSync(file, constants.R_OK);
} catch (error) {
	fail(`cannot read ${file}: ${(error as Error).message}`);
}

const config = (() => {
	try {
		return readConfig(process.env);
	} catch (error) {
		return fail((error as Error).message);
	}
})();
const serverUrl = (process.env.SANIMAP_URL ?? `http://${config.host}:${config.port}`).replace(
	/\/$/,
	''
);

async function serverAnswers(): Promise<boolean> {
	try {
		const res = await fetch(`${serverUrl}/api/health`, {
			signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS)
		});
		return res.ok && ((await res.json()) as { ok?: boolean }).ok === true;
	} catch {
		return false;
	}
}

type Answer = { status: number; body: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function viaServer(): Promise<Answer> {
	const form = new FormData();
	form.set('file', new Blob([readFileSync(file)]), basename(file));
	form.set('crs', values.crs!);
	if (values.mapping) form.set('mapping', JSON.stringify(mapping));
	if (values.sheet) form.set('sheet', values.sheet);
	if (values['dry-run']) form.set('dryRun', 'true');
	if (values['allow-far']) form.set('allowFar', 'true');
	form.set('lang', values.lang!);
	const token = process.env.SANIMAP_TOKEN;
	const res = await fetch(`${serverUrl}/api/import/${values.kind}`, {
		method: 'POST',
		headers: token ? { authorization: `Bearer ${token}` } : {},
		body: form
	});
	if (res.status === 401)
		fail(
			`the server at ${serverUrl} asks for sign-in: set SANIMAP_TOKEN to a personal access token (made on your account page)`
		);
	return { status: res.status, body: (await res.json()) as Answer['body'] };
}

async function direct(): Promise<Answer> {
	const { db } = await openStore(config.dbPath, { demo: false });
	const request: ImportRequest = {
		kind: values.kind as ImportKind,
		// Read by path: a survey CSV is staged by DuckDB's reader without loading it here
		// (MAX_FILE_IMPORT_ROWS); other files are read whole as an upload would be.
		bytes: new Uint8Array(0),
		path: file,
		filename: basename(file),
		crs: values.crs as CrsId,
		mapping,
		dryRun: values['dry-run']!,
		sheet: values.sheet,
		serviceArea: config.serviceArea,
		lang: values.lang as ImportLang,
		allowFar: values['allow-far']
	};
	try {
		// The audit log names the CLI as the importer: it runs without a signed-in user.
		return { status: 200, body: await importFile(db, systemActor('import'), request) };
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		return {
			status: error.status,
			body: { error: { code: error.code, message: error.message, details: error.details } }
		};
	} finally {
		await db.close();
	}
}

const useServer = await serverAnswers();
if (useServer) {
	console.log(`Importing through the running server at ${serverUrl}`);
} else {
	console.log(`No server answered at ${serverUrl}; opening ${config.dbPath} directly`);
}
const { status, body } = useServer
	? await viaServer()
	: await direct().catch((e: Error) => fail(e.message));
if (status === 200) {
	const verb = body.dryRun ? 'Dry run, nothing written: would insert' : 'Imported: inserted';
	console.log(
		`${verb} ${body.inserted}, ${body.dryRun ? 'would update' : 'updated'} ${body.updated} (${body.format}${body.encoding ? `, ${body.encoding}` : ''}, ${body.crs})`
	);
	const warnings = (body.warnings ?? []) as TableRow[];
	if (warnings.length) console.log(formatIssueTable(warnings, values.lang as ImportLang));
	process.exit(0);
}
console.error(body.error?.message ?? `the server answered ${status}`);
const groups = (body.error?.details?.groups ?? body.error?.details?.rejected ?? []) as TableRow[];
if (groups.length) console.error(formatIssueTable(groups, values.lang as ImportLang));
process.exit(groups.length ? 1 : 2);
