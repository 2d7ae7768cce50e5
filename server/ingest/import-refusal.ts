import type { ImportRejection } from '../contract/import-results';
import { groupIssues } from '../domain/imports/group-issues';
import type { RawIssue } from '../domain/imports/import-issue';
import type { IssueWording } from '../domain/imports/issue-messages';
import { AppError } from '../errors';
import { MAX_REJECTED_LISTED } from './import-limits';

/**
 * A 422 listing problems: the first MAX_REJECTED_LISTED one per row and column as before
 * (`rejected`, `total`, `truncated`), and every problem grouped (`groups`), all worded in
 * the request's language. `summarise` words the one-line message from the groups.
 */
export function refuseImport(
	code: 'invalid_rows' | 'invalid_columns' | 'far_from_zones',
	wording: IssueWording,
	issues: readonly RawIssue[],
	summarise: (groups: ImportRejection['groups']) => string,
	extra: Partial<ImportRejection> & Record<string, unknown> = {}
): AppError {
	const { groups, truncated: groupsTruncated } = groupIssues(issues, wording);
	const details: ImportRejection & Record<string, unknown> = {
		rejected: issues.slice(0, MAX_REJECTED_LISTED).map(wording.issue),
		groups,
		total: issues.length,
		truncated: issues.length > MAX_REJECTED_LISTED,
		...(groupsTruncated && { groupsTruncated }),
		...extra
	};
	return new AppError(422, code, summarise(groups), details);
}
