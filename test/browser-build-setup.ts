import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ensureWebBuilt } from './browser/helpers/ensure-built';
import { createDemoTemplate } from './browser/helpers/demo-template';

/**
 * Vitest globalSetup of the browser tests, run once before any of their files starts:
 * - builds the web app. Each browser file also calls ensureWebBuilt, but files may run in
 *   parallel: on a clean clone (CI) several `vite build`s would then empty dist/web under each
 *   other's running servers, and a page or the service worker's precache would meet 404s;
 * - seeds the demo town once into a template that each file's server starts from a copy of.
 */
export default async function setup(project: TestProject): Promise<() => void> {
	ensureWebBuilt();
	const template = await createDemoTemplate();
	project.provide('demoTemplate', template);
	return () => rmSync(template, { recursive: true, force: true });
}
