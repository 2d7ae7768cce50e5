/**
 * Every request schema states its bounds (issue 12 item 5): each string a maximum length,
 * each number a range, each array a maximum count. Read from the zod schemas themselves, so
 * a field added without bounds fails here, not in production.
 */
import { describe, expect, it } from 'vitest';
import type { ZodType } from 'zod';

const modules = import.meta.glob('../../server/contract/*.ts', { eager: true });

/** The import form is bounded by the upload limits of server/ingest (README "Import"). */
const BOUNDED_ELSEWHERE = new Set(['importFormSchema']);

/** Bounds a route checks after zod, to answer 413 rather than 400 (style.md §8). */
const CHECKED_BY_ROUTE: Record<string, string[]> = {
	'spray-plans.ts planBodySchema': ['stops: array without a maximum count']
};

/** Largest magnitude that counts as a stated range (zod's safe-integer default does not). */
const SANE = 1e12;

interface Def {
	type: string;
	innerType?: ZodType;
	in?: ZodType;
	out?: ZodType;
	shape?: Record<string, ZodType>;
	element?: ZodType;
	items?: ZodType[];
	options?: ZodType[];
	checks?: { _zod: { def: { check: string } } }[];
}

/** Paths of the strings, numbers and arrays in `schema` that state no bound. */
function unbounded(schema: ZodType, path: string): string[] {
	const def = schema._zod.def as unknown as Def;
	const at = (p: string) => (path ? `${path}.${p}` : p);
	switch (def.type) {
		case 'string': {
			const max = (schema as unknown as { maxLength: number | null }).maxLength;
			return max === null ? [`${path}: string without a maximum length`] : [];
		}
		case 'number': {
			const { minValue, maxValue } = schema as unknown as { minValue: number; maxValue: number };
			return Math.abs(minValue) <= SANE && Math.abs(maxValue) <= SANE
				? []
				: [`${path}: number without a range (${minValue}..${maxValue})`];
		}
		case 'array': {
			const capped = def.checks?.some((c) => c._zod.def.check === 'max_length');
			return [
				...(capped ? [] : [`${path}: array without a maximum count`]),
				...unbounded(def.element!, `${path}[]`)
			];
		}
		case 'object':
			return Object.entries(def.shape!).flatMap(([k, v]) => unbounded(v, at(k)));
		case 'optional':
		case 'nullable':
		case 'default':
		case 'prefault':
		case 'readonly':
			return unbounded(def.innerType!, path);
		case 'pipe':
			return [...unbounded(def.in!, path), ...unbounded(def.out!, path)];
		case 'tuple':
			return def.items!.flatMap((s, k) => unbounded(s, `${path}[${k}]`));
		case 'union':
			return def.options!.flatMap((s) => unbounded(s, path));
		case 'enum':
		case 'literal':
		case 'boolean':
		case 'transform':
			return [];
		default:
			return [`${path}: ${def.type} not checked by this test`];
	}
}

const schemas = Object.entries(modules).flatMap(([file, exports]) =>
	Object.entries(exports as Record<string, unknown>)
		.filter(([name, v]) => name.endsWith('Schema') && !BOUNDED_ELSEWHERE.has(name) && v)
		.map(([name, v]) => [`${file.split('/').pop()} ${name}`, v as ZodType] as const)
);

describe('request schemas state their bounds', () => {
	it('finds the request schemas', () => {
		expect(schemas.length).toBeGreaterThan(20);
	});

	it.each(schemas)('%s', (name, schema) => {
		const allowed = CHECKED_BY_ROUTE[name] ?? [];
		expect(unbounded(schema, '').filter((p) => !allowed.includes(p))).toEqual([]);
	});
});
