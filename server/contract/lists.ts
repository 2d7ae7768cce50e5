import { z } from 'zod';

/** `a,b, c` → `['a', 'b', 'c']`: how every list filter is written in a query string. */
export const commaList = z.string().transform((s) =>
	s
		.split(',')
		.map((x) => x.trim())
		.filter(Boolean)
);

/** A comma-separated list whose every item must be one of `allowed`. */
export const listOf = <T extends string>(field: string, allowed: readonly T[]) =>
	commaList
		.refine((xs) => xs.every((x) => (allowed as readonly string[]).includes(x)), {
			message: `${field} must be one or more of: ${allowed.join(', ')} (comma-separated)`
		})
		.transform((xs) => xs as T[]);
