import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { startServer } from '../../helpers/server-process';

declare module 'vitest' {
	export interface ProvidedContext {
		/** A folder holding a seeded demo-town database (`sanimap.duckdb` and its photos). */
		demoTemplate?: string;
	}
}

const DB_NAME = 'sanimap.duckdb';

/**
 * Seeds the demo town once for the whole run (test/browser-build-setup.ts): the real server's
 * first start, stopped cleanly so the file holds everything. Started without SANIMAP_ADMIN, so
 * each test file's server creates its own admin (a password per file) in its copy.
 */
export async function createDemoTemplate(): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'sanimap-template-'));
	const server = await startServer({ SANIMAP_DB: join(dir, DB_NAME), SANIMAP_ADMIN: '' }, 180_000);
	const code = await server.stop();
	if (code !== 0) throw new Error(`the template server stopped with ${code}:\n${server.output()}`);
	return dir;
}

/**
 * Puts a demo-town database, as the first start leaves it, into `dir` and returns its path:
 * a copy of the run's template (~5 s of seeding saved per file on a 2-core machine), or, when
 * a file runs without the global setup, the real first start.
 */
export async function seededDemoDatabase(dir: string): Promise<string> {
	const path = join(dir, DB_NAME);
	const template = inject('demoTemplate');
	if (template && existsSync(join(template, DB_NAME))) cpSync(template, dir, { recursive: true });
	else await (await startServer({ SANIMAP_DB: path }, 180_000)).stop();
	return path;
}
