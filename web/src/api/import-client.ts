import type {
	ImportCatalogue,
	ImportIssue,
	ImportKind,
	ImportPreview,
	ImportResult
} from '../../../server/contract/import-results';
import type { CrsId } from '$geo/crs';
import { ApiError, type FetchFn } from './client';

export type {
	ImportCatalogue,
	ImportFieldInfo,
	ImportFieldTable,
	ImportIssue,
	ImportKind,
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
}

/** A 422 from the import: every refused row or column; nothing was written. */
export class ImportRejectedError extends ApiError {
	constructor(
		code: string,
		message: string,
		readonly rejected: ImportIssue[]
	) {
		super(422, code, message);
		this.name = 'ImportRejectedError';
	}
}

function toFormData(form: ImportRequestForm, dryRun: boolean | null): FormData {
	const body = new FormData();
	body.set('file', form.file, form.filename);
	body.set('crs', form.crs);
	if (Object.keys(form.mapping).length) body.set('mapping', JSON.stringify(form.mapping));
	if (dryRun !== null) body.set('dryRun', String(dryRun));
	return body;
}

interface ErrorBody {
	error?: { code?: string; message?: string; details?: { rejected?: ImportIssue[] } };
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
		throw new ImportRejectedError(code, message, details.rejected);
	}
	throw new ApiError(response.status, code, message);
}

/** `POST /api/import/{kind}/preview` and `POST /api/import/{kind}` (dry run or for real). */
export function createImportClient(fetchFn: FetchFn = (input, init) => fetch(input, init)) {
	return {
		preview: (form: ImportRequestForm) =>
			post<ImportPreview>(fetchFn, `/api/import/${form.kind}/preview`, toFormData(form, null)),
		run: (form: ImportRequestForm, dryRun: boolean) =>
			post<ImportResult>(fetchFn, `/api/import/${form.kind}`, toFormData(form, dryRun)),
		catalogue: async (signal?: AbortSignal): Promise<ImportCatalogue> => {
			const response = await fetchFn('/api/import', { signal });
			if (!response.ok) throw new ApiError(response.status, 'http_error', response.statusText);
			return (await response.json()) as ImportCatalogue;
		}
	};
}

export type ImportClient = ReturnType<typeof createImportClient>;
