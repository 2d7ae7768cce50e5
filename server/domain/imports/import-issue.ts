export type { ImportIssue } from '../../contract/import-results';

/** The header row's number in every format: problems with columns or mapping point at it. */
export const HEADER_ROW = 1;
