import { zValidator } from '@hono/zod-validator';
import type { ZodType } from 'zod';
import { isListField } from '../../contract/lists';
import { excerpt, quoteValue } from '../../contract/quote';
import { BadRequestError } from '../../errors';

/** Problems one 400 lists in its message and details; the rest are counted. */
export const MAX_LISTED_ISSUES = 10;

interface Issue {
	code: string;
	path: PropertyKey[];
	message: string;
	keys?: string[];
}

/** A path as a reader writes it: `records[2].count`; a long key is cut like a quote. */
export function formatPath(path: readonly PropertyKey[]): string {
	return path
		.map((p, i) =>
			typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${quoteValue(String(p)).slice(1, -1)}`
		)
		.join('');
}

/** One issue as a sentence a clerk can act on: which parameter, what was expected. */
export function describeIssue(issue: Issue): string {
	if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
		const where = issue.path.length ? ` in ${formatPath(issue.path)}` : '';
		const keys = issue.keys.slice(0, MAX_LISTED_ISSUES).map(quoteValue);
		const more = issue.keys.length - keys.length;
		return `unknown parameter ${keys.join(', ')}${more > 0 ? ` and ${more} more` : ''}${where}`;
	}
	const field = formatPath(issue.path);
	return field && !issue.message.startsWith(field) ? `${field}: ${issue.message}` : issue.message;
}

/**
 * The one zod-failure path: a 400 (`invalid_parameter`) whose message lists the first
 * MAX_LISTED_ISSUES problems (and counts the rest) and whose `details.issues` names each
 * parameter.
 */
export function invalidParameters(error: { issues: readonly unknown[] }): BadRequestError {
	const all = error.issues as Issue[];
	const issues = all.slice(0, MAX_LISTED_ISSUES).map((i) => ({
		parameter:
			formatPath(i.path) || (i.keys ?? []).slice(0, MAX_LISTED_ISSUES).map(excerpt).join(','),
		message: describeIssue(i)
	}));
	const more = all.length - issues.length;
	const message = issues.map((i) => i.message).join('; ');
	return new BadRequestError(more > 0 ? `${message}; and ${more} more problems` : message, {
		issues,
		...(more > 0 ? { total: all.length } : {})
	});
}

/**
 * The query as zod takes it: one string per parameter. A list parameter sent more than once
 * joins into one comma-separated list; any other sent twice is a 400, never a silent pick.
 */
export function readQuery(
	schema: ZodType,
	query: Record<string, string | string[]>
): Record<string, string> {
	const shape = (schema as unknown as { shape?: Record<string, ZodType> }).shape ?? {};
	const out: Record<string, string> = {};
	for (const [name, given] of Object.entries(query)) {
		const values = typeof given === 'string' ? [given] : given;
		const field = Object.hasOwn(shape, name) ? shape[name] : undefined;
		if (values.length > 1 && !(field && isListField(field))) {
			throw new BadRequestError(
				`${formatPath([name])} was given ${values.length} times; give it once`,
				{ issues: [{ parameter: formatPath([name]), message: 'given more than once' }] }
			);
		}
		out[name] = values.join(',');
	}
	return out;
}

/** zod validation of a request part; a failure goes to `app.onError` as `invalidParameters`. */
export function validate<T extends ZodType>(target: 'query' | 'json' | 'param', schema: T) {
	return zValidator(
		target,
		schema,
		(result) => {
			if (!result.success) throw invalidParameters(result.error);
		},
		target === 'query'
			? {
					validationFunction: (s, value) =>
						s.safeParse(readQuery(s, value as Record<string, string | string[]>)) as never
				}
			: undefined
	);
}

/** Parses a value outside `validate` (a multipart form, the OGC query) the same way. */
export function parseWith<T extends ZodType>(schema: T, value: unknown): ReturnType<T['parse']> {
	const parsed = schema.safeParse(value);
	if (!parsed.success) throw invalidParameters(parsed.error);
	return parsed.data as ReturnType<T['parse']>;
}
