import { z } from 'zod';

/** Most items one list filter may name, and the longest text it may be written in. */
export const MAX_LIST_ITEMS = 50;
export const MAX_LIST_CHARS = 2_000;

/**
 * Schemas that take a comma-separated list. A list parameter sent twice
 * (`?pest=rat&pest=fly`) is read as one list; any other parameter sent twice is a 400
 * (server/routes/http/validation.ts asks `isListField`).
 */
const LIST_FIELDS = new WeakSet<z.ZodType>();

function asList<T extends z.ZodType>(schema: T): T {
	LIST_FIELDS.add(schema);
	return schema;
}

/** True when `schema` (perhaps optional or defaulted) takes a comma-separated list. */
export function isListField(schema: z.ZodType): boolean {
	let s: z.ZodType | undefined = schema;
	while (s && !LIST_FIELDS.has(s)) {
		s = (s._zod.def as { innerType?: z.ZodType }).innerType;
	}
	return !!s;
}

/** `a,b, c` → `['a', 'b', 'c']`: how every list filter is written in a query string. */
const splitList = (field: string) =>
	z
		.string({ message: `${field} must be a comma-separated list` })
		.max(MAX_LIST_CHARS, `${field} must be at most ${MAX_LIST_CHARS} characters`)
		.transform((s) =>
			s
				.split(',')
				.map((x) => x.trim())
				.filter(Boolean)
		)
		.refine(
			(xs) => xs.length <= MAX_LIST_ITEMS,
			`${field} may name at most ${MAX_LIST_ITEMS} items`
		);

/** A comma-separated list of codes checked elsewhere (against a catalogue). */
export const commaList = (field: string) => asList(splitList(field));

/** A comma-separated list whose every item must be one of `allowed`. */
export const listOf = <T extends string>(field: string, allowed: readonly T[]) =>
	asList(
		splitList(field)
			.refine((xs) => xs.every((x) => (allowed as readonly string[]).includes(x)), {
				message: `${field} must be one or more of: ${allowed.join(', ')} (comma-separated)`
			})
			.transform((xs) => xs as T[])
	);
