import { zValidator } from '@hono/zod-validator';
import type { ZodType } from 'zod';
import { errorBody } from '../errors';

interface Issue {
	code: string;
	path: PropertyKey[];
	message: string;
	keys?: string[];
}

/** A path as a reader writes it: `records[2].count`. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
		.join('');
}

/** One issue as a sentence a clerk can act on: which parameter, what was expected. */
export function describeIssue(issue: Issue): string {
	if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
		const where = issue.path.length ? ` in ${formatPath(issue.path)}` : '';
		return `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}${where}`;
	}
	const field = formatPath(issue.path);
	return field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
}

/**
 * zod validation of a request part; failures answer 400 in the design.md error shape,
 * listing every problem in `details.issues`.
 */
export function validate<T extends ZodType>(target: 'query' | 'json' | 'param', schema: T) {
	return zValidator(target, schema, (result, c) => {
		if (result.success) return;
		const issues = (result.error as unknown as { issues: Issue[] }).issues.map((i) => ({
			parameter: formatPath(i.path) || (i.keys ?? []).join(','),
			message: describeIssue(i)
		}));
		return c.json(
			errorBody('invalid_parameter', issues.map((i) => i.message).join('; '), { issues }),
			400
		);
	});
}
