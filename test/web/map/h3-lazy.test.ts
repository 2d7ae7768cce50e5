import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const ENTRY = join(ROOT, 'web/src/main.ts');

/** Static (not type-only, not dynamic) import specifiers of a TS/JS/Svelte source. */
function staticImports(source: string): string[] {
	const out: string[] = [];
	const re = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
	for (const m of source.matchAll(re)) if (!m[1]) out.push(m[2]);
	return out;
}

function resolveLocal(from: string, spec: string): string | null {
	const base = spec.startsWith('$geo/')
		? join(ROOT, 'geo', spec.slice(5))
		: spec.startsWith('.')
			? resolve(dirname(from), spec)
			: null;
	if (!base) return null;
	for (const candidate of [base, `${base}.ts`, `${base}.js`, join(base, 'index.ts')]) {
		if (existsSync(candidate) && /\.(ts|js|svelte)$/.test(candidate)) return candidate;
	}
	return null;
}

/** The packages the entry reaches through static imports: what lands in the start-up chunks. */
function staticPackages(entry: string): { packages: Set<string>; via: Map<string, string> } {
	const seen = new Set<string>();
	const packages = new Set<string>();
	const via = new Map<string, string>();
	const stack = [entry];
	while (stack.length) {
		const file = stack.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const spec of staticImports(readFileSync(file, 'utf8'))) {
			const local = resolveLocal(file, spec);
			if (local) stack.push(local);
			else if (!spec.startsWith('.') && !spec.startsWith('$')) {
				const name = spec.startsWith('@')
					? spec.split('/').slice(0, 2).join('/')
					: spec.split('/')[0];
				packages.add(name);
				if (!via.has(name)) via.set(name, file.slice(ROOT.length + 1));
			}
		}
	}
	return { packages, via };
}

describe('start-up bundle (issue 18)', () => {
	it('reaches no h3-js through static imports: the modes that draw cells load it', () => {
		const { packages, via } = staticPackages(ENTRY);
		// The walk sees the app: maplibre and deck.gl are there (the pages import them statically).
		expect(packages.has('svelte')).toBe(true);
		expect(via.get('h3-js') ?? null).toBeNull();
	});

	it('the lazy loader imports the cells module only dynamically', () => {
		const loader = readFileSync(join(ROOT, 'web/src/map/h3-lazy.svelte.ts'), 'utf8');
		expect(staticImports(loader).filter((s) => s.includes('h3'))).toEqual([]);
		expect(loader).toContain("import('$geo/h3-cells')");
	});
});
