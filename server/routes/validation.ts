import { zValidator } from '@hono/zod-validator';
import type { ZodType } from 'zod';
import { errorBody } from '../errors';

interface Issue {
	code: string;
	path: PropertyKey[];
	message: string;
	keys?: string[];
}

/** One issue as a sentence a clerk can act on: which parameter, what was expected. */
export function describeIssue(issue: Issue): string {
	if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
		return `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	}
	const field = issue.path.map(String).join('.');
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
			parameter: i.path.map(String).join('.') || (i.keys ?? []).join(','),
			message: describeIssue(i)
		}));
		return c.json(
			errorBody('invalid_parameter', issues.map((i) => i.message).join('; '), { issues }),
			400
		);
	});
}
