/**
 * A problem found while importing, as a stable code with parameters (issue 11): the words are
 * put together later, in the reader's language (issue-messages.ts), so API clients can rely
 * on `code` and the web shows Chinese or English from the same answer.
 */
import type { IssueCode, IssueParams } from '../../contract/import-results';
import { cutValue } from './quote-value';

export type { IssueCode, IssueParams };

/** The header row's number in every format: problems with columns or mapping point at it. */
export const HEADER_ROW = 1;

/** What is wrong with one value: a code, its parameters and the offending cell, if any. */
export interface Problem {
	code: IssueCode;
	/** The same for every row with this problem, so equal problems group (group-issues.ts). */
	params?: IssueParams;
	/** The cell as written (cut to QUOTE_CHARS), the one part that differs from row to row. */
	value?: string;
}

/** A problem at its place: the row as the user sees it (header = 1) and the file's column. */
export interface RawIssue extends Problem {
	row: number;
	column: string;
}

/** A problem as a parser hands it back instead of a value. */
export interface Failed {
	error: Problem;
}

/** A problem with only the parts given (no `undefined` keys in the answer). */
export function problem(code: IssueCode, params?: IssueParams, value?: unknown): Problem {
	return {
		code,
		...(params && { params }),
		...(value !== undefined && { value: cutValue(value) })
	};
}

export const failed = (code: IssueCode, params?: IssueParams, value?: unknown): Failed => ({
	error: problem(code, params, value)
});
