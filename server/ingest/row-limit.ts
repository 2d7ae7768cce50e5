import { PayloadTooLargeError } from '../errors';
import { MAX_IMPORT_ROWS } from './import-limits';

/**
 * 413 for a file with more than MAX_IMPORT_ROWS data rows. Readers stop at the first row over
 * the limit, so `rows` in `details` is always the limit + 1: "more than the limit".
 */
export const tooManyRows = () =>
	new PayloadTooLargeError(
		`the file has more than ${MAX_IMPORT_ROWS} rows; one import takes at most ${MAX_IMPORT_ROWS}: split the file`,
		{ limit: MAX_IMPORT_ROWS, rows: MAX_IMPORT_ROWS + 1 }
	);
