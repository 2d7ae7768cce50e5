/** One problem in an import: the row as the user sees it (header = 1) and the column. */
export interface ImportIssue {
	row: number;
	column: string;
	message: string;
}

/** The header row's number in every format: problems with columns or mapping point at it. */
export const HEADER_ROW = 1;
