import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Who imports whom (style.md §2), checked from import lines: a stand-in for ESLint's
 * no-restricted-imports. Each rule names a folder and what its files must not import.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir)).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

function importsOf(file: string): string[] {
	const text = readFileSync(join(ROOT, file), 'utf8');
	return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** Resolves a relative specifier to a repository path so rules can match folders. */
function target(file: string, spec: string): string {
	if (spec.startsWith('$geo/')) return `geo/${spec.slice('$geo/'.length)}`;
	return spec.startsWith('.') ? relative(ROOT, resolve(ROOT, file, '..', spec)) : spec;
}

const RULES: { folder: string; forbidden: RegExp; why: string }[] = [
	{
		folder: 'geo',
		forbidden: /^(svelte|maplibre-gl|@deck\.gl|web|server|scripts)(\/|$)/,
		why: 'geo is pure: libraries only'
	},
	{
		folder: 'web/src',
		forbidden: /^server\/(?!contract\/)/,
		why: "server/contract is the web's only door into the server"
	},
	{
		folder: 'web/src/api',
		forbidden: /^(svelte|maplibre-gl|@deck\.gl|web\/src\/(state|map|components|app))/,
		why: 'api has no Svelte or map'
	},
	{
		folder: 'web/src/state',
		forbidden: /^web\/src\/(map|components|app)(\/|$)/,
		why: 'state holds intent and data; it knows no map, component or shell'
	},
	{
		folder: 'web/src/map',
		forbidden: /^web\/src\/(components|app)(\/|$)/,
		why: 'map is the imperative boundary; components use it, not the reverse'
	},
	{
		folder: 'web/src/components',
		forbidden: /^web\/src\/app(\/|$)/,
		why: 'components are presentational; only the shell composes them'
	},
	{
		folder: 'web/src/i18n',
		forbidden: /^(maplibre-gl|@deck\.gl|web\/src\/(map|components|app)(\/|$))/,
		why: 'dictionaries and t() sit below every feature'
	},
	{
		folder: 'server/domain',
		forbidden: /^(hono|@hono|@duckdb|server\/(db|routes|queries|services|app|demo-town))/,
		why: 'domain is pure and never imports the demo-town generator'
	},
	{
		folder: 'server/queries',
		forbidden: /^(hono|@hono|@duckdb|server\/(routes|services|app))/,
		why: 'queries build SQL only'
	},
	{
		folder: 'server/services',
		forbidden: /^(hono|@hono|@duckdb|server\/(routes|app))/,
		why: 'services take the db and return data; only routes/ know HTTP'
	},
	{
		folder: 'server/ingest',
		forbidden: /^(hono|@hono|@duckdb|server\/routes)/,
		why: 'only db/ imports DuckDB; only routes/ know HTTP'
	},
	{
		folder: 'server/contract',
		forbidden: /^(hono|@duckdb|server\/(db|routes|domain|queries))/,
		why: 'the contract is shared with web'
	},
	{
		folder: 'server',
		forbidden: /^web(\/|$)/,
		why: 'the server never reaches into web'
	},
	{
		folder: 'scripts',
		forbidden: /^web(\/|$)/,
		why: 'scripts never reach into web'
	}
];

describe('import boundaries', () => {
	it.each(RULES)('$folder: $why', ({ folder, forbidden }) => {
		const offending = sourceFiles(folder).flatMap((file) =>
			importsOf(file)
				.map((spec) => target(file, spec))
				.filter((t) => forbidden.test(t))
				.map((t) => `${file} -> ${t}`)
		);
		expect(offending).toEqual([]);
	});

	it('only server/db imports @duckdb/node-api', () => {
		const importers = ['server', 'scripts', 'web/src']
			.flatMap(sourceFiles)
			.filter((file) => importsOf(file).some((s) => s.startsWith('@duckdb/')));
		expect(importers.every((f) => f.startsWith('server/db/'))).toBe(true);
		expect(importers.length).toBeGreaterThan(0);
	});

	it('web imports values only from zod-free contract files (zod would ship to the browser and trip the CSP with its eval probe)', () => {
		const valueImport = /^\s*import\s+\{([^}]*)\}\s+from\s+['"]([^'"]+)['"]/gm;
		const offending = sourceFiles('web/src').flatMap((file) => {
			const text = readFileSync(join(ROOT, file), 'utf8');
			return [...text.matchAll(valueImport)]
				.filter(([, names, spec]) => {
					const path = target(file, spec);
					if (!path.startsWith('server/contract/')) return false;
					const values = names.split(',').filter((n) => n.trim() && !/^\s*type\s/.test(n));
					if (!values.length) return false;
					const source = readFileSync(join(ROOT, `${path}.ts`), 'utf8');
					return /from\s+['"]zod['"]/.test(source);
				})
				.map(([, , spec]) => `${file} -> ${spec}`);
		});
		expect(offending).toEqual([]);
	});
});
