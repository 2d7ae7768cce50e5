import type {
	ImportCatalogue,
	ImportIssue,
	ImportIssueGroup,
	ImportKind,
	ImportLang,
	ImportPreview,
	ImportRejection,
	ImportResult
} from '../../../server/contract/import-results';
import type { CrsId } from '$geo/crs';
import { ApiError, apiFetch, type FetchFn } from './client';

export type {
	ImportCatalogue,
	ImportFieldInfo,
	ImportFieldTable,
	ImportIssue,
	ImportIssueGroup,
	ImportKind,
	ImportLang,
	ImportPreview,
	ImportResult
} from '../../../server/contract/import-results';

/** What the clerk chose: the file and how to read it. */
export interface ImportRequestForm {
	kind: ImportKind;
	file: Blob;
	filename: string;
	crs: CrsId;
	/** Only the fields the clerk set; the server recognises the rest from the headers. */
	mapping: Readonly<Record<string, string>>;
	/** The language the server words its messages in (the page's). */
	lang: ImportLang;
	/** The clerk confirmed points far from every zone (a dry run warned about them). */
	allowFar?: boolean;
}

/** A refused import as the page shows it: the problems grouped, and how many there were. */
export interface ImportRefusal {
	code: string;
	groups: ImportIssueGroup[];
	/** Problems in all. */
	total: number;
	/** Rows with at least one problem. */
	rows: number;
}

/**
 * Each problem a line of its own: for column problems (the preview) and for a server that
 * answers no `groups`.
 */
export function issuesAsGroups(issues: readonly ImportIssue[]): ImportIssueGroup[] {
	return issues.map((i) => ({
		code: i.code,
		column: i.column,
		message: i.message,
		rows: [[i.row, i.row]],
		count: 1,
		examples: []
	}));
}

/** A 422 from the import: every refused row or column, grouped; nothing was written. */
export class ImportRejectedError extends ApiError {
	readonly refusal: ImportRefusal;
	constructor(code: string, message: string, details: Partial<ImportRejection>) {
		super(422, code, message);
		this.name = 'ImportRejectedError';
		const rejected = details.rejected ?? [];
		this.refusal = {
			code,
			groups: details.groups ?? issuesAsGroups(rejected),
			total: details.total ?? rejected.length,
			rows: details.rejectedRows ?? new Set(rejected.map((r) => r.row)).size
		};
	}
}

function toFormData(form: ImportRequestForm, dryRun: boolean | null): FormData {
	const body = new FormData();
	body.set('file', form.file, form.filename);
	body.set('crs', form.crs);
	if (Object.keys(form.mapping).length) body.set('mapping', JSON.stringify(form.mapping));
	if (dryRun !== null) body.set('dryRun', String(dryRun));
	if (form.allowFar) body.set('allowFar', 'true');
	body.set('lang', form.lang);
	return body;
}

interface ErrorBody {
	error?: { code?: string; message?: string; details?: Partial<ImportRejection> };
}

async function post<T>(fetchFn: FetchFn, path: string, body: FormData): Promise<T> {
	let response: Response;
	try {
		response = await fetchFn(path, { method: 'POST', body });
	} catch (error) {
		throw new ApiError(0, 'network', error instanceof Error ? error.message : String(error));
	}
	if (response.ok) return (await response.json()) as T;
	const parsed = (await response.json().catch(() => ({}))) as ErrorBody;
	const { code = 'http_error', message = response.statusText, details } = parsed.error ?? {};
	if (response.status === 422 && details?.rejected) {
		throw new ImportRejectedError(code, message, details);
	}
	throw new ApiError(response.status, code, message);
}

/**
 * The language rides in the query as well as the form: the server refuses a body too large to
 * read before it sees the form, and words that refusal by the query alone.
 */
const importPath = (form: ImportRequestForm, tail = '') =>
	`/api/import/${form.kind}${tail}?lang=${encodeURIComponent(form.lang)}`;

/** `POST /api/import/{kind}/preview` and `POST /api/import/{kind}` (dry run or for real). */
export function createImportClient(fetchFn: FetchFn = apiFetch) {
	return {
		preview: (form: ImportRequestForm) =>
			post<ImportPreview>(fetchFn, importPath(form, '/preview'), toFormData(form, null)),
		run: (form: ImportRequestForm, dryRun: boolean) =>
			post<ImportResult>(fetchFn, importPath(form), toFormData(form, dryRun)),
		catalogue: async (signal?: AbortSignal): Promise<ImportCatalogue> => {
			const response = await fetchFn('/api/import', { signal });
			if (!response.ok) throw new ApiError(response.status, 'http_error', response.statusText);
			return (await response.json()) as ImportCatalogue;
		}
	};
}

export type ImportClient = ReturnType<typeof createImportClient>;
