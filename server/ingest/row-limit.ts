import type { ImportLang } from '../contract/import-results';
import { fileRefusals } from '../domain/imports/file-refusal-messages';
import { PayloadTooLargeError } from '../errors';
import { MAX_IMPORT_ROWS } from './import-limits';

/**
 * 413 for a file with more than MAX_IMPORT_ROWS data rows, in `lang`. Readers stop at the
 * first row over the limit, so `rows` in `details` is always the limit + 1: "more than the limit".
 */
export const tooManyRows = (lang: ImportLang, limit = MAX_IMPORT_ROWS) =>
	new PayloadTooLargeError(fileRefusals(lang).tooManyRows(limit), {
		limit,
		rows: limit + 1
	});
