import { zValidator } from '@hono/zod-validator';
import type { ZodType } from 'zod';
import { BadRequestError } from '../../errors';

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
 * The one zod-failure path: a 400 (`invalid_parameter`) whose message lists every problem
 * and whose `details.issues` names each parameter.
 */
export function invalidParameters(error: { issues: readonly unknown[] }): BadRequestError {
	const issues = (error.issues as Issue[]).map((i) => ({
		parameter: formatPath(i.path) || (i.keys ?? []).join(','),
		message: describeIssue(i)
	}));
	return new BadRequestError(issues.map((i) => i.message).join('; '), { issues });
}

/** zod validation of a request part; a failure goes to `app.onError` as `invalidParameters`. */
export function validate<T extends ZodType>(target: 'query' | 'json' | 'param', schema: T) {
	return zValidator(target, schema, (result) => {
		if (!result.success) throw invalidParameters(result.error);
	});
}

/** Parses a value outside `validate` (a multipart form, the OGC query) the same way. */
export function parseWith<T extends ZodType>(schema: T, value: unknown): ReturnType<T['parse']> {
	const parsed = schema.safeParse(value);
	if (!parsed.success) throw invalidParameters(parsed.error);
	return parsed.data as ReturnType<T['parse']>;
}
