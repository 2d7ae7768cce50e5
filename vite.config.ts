import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { phoneServiceWorker } from './scripts/phone-service-worker';

/** Pure tests (geometry, domain logic, web formats and state, import rules): no database or server. */
const UNIT_DIRS = [
	'test/geo',
	'test/architecture',
	'test/server/domain',
	'test/server/format',
	'test/web'
];
/** Test files that measure answer times under load: run one at a time, after all others. */
const RUN_ALONE = ['test/server/heavy-work-load.test.ts'];
/** Browser files at once: each runs a server and a Chromium rendering WebGL in software. */
const BROWSER_WORKERS = Number(process.env.SANIMAP_BROWSER_WORKERS ?? 2);

const apiTarget = `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.API_PORT ?? '8787'}`;

export default defineConfig({
	root: 'web',
	plugins: [svelte(), phoneServiceWorker()],
	build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
	server: { proxy: { '/api': apiTarget, '/ogc': apiTarget } },
	resolve: {
		// geo/ is the one home of pure geometry (web, server and scripts import it downward).
		alias: { $geo: fileURLToPath(new URL('./geo', import.meta.url)) },
		// Rune tests need Svelte's browser build; in the node environment $effect never runs.
		...(process.env.VITEST ? { conditions: ['browser'] } : {})
	},
	test: {
		root: '.',
		testTimeout: 20_000,
		hookTimeout: 120_000,
		// Vitest's default on CI's 2 cores is one file at a time (~29 min). Non-browser files run
		// two at once (most wait on DuckDB or a child server), then browser files, then files that
		// measure latency under load, alone, so another file's load never skews their figures.
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: UNIT_DIRS.map((dir) => `${dir}/**/*.test.ts`),
					// These files hold no shared state; loading modules again for each file was most
					// of their time (README, `npm run test:unit`).
					isolate: false,
					maxWorkers: 2,
					sequence: { groupOrder: 0 }
				}
			},
			{
				extends: true,
				test: {
					name: 'server',
					include: ['test/**/*.test.ts'],
					exclude: ['test/browser/**', ...UNIT_DIRS.map((dir) => `${dir}/**`), ...RUN_ALONE],
					// Each file builds its own app on its own database (or spawns its own server), and
					// none mocks a module, so they can share loaded modules: re-importing the server for
					// each of ~95 files took 145 s of the project's ~370 s in a clean-clone run.
					isolate: false,
					maxWorkers: 2,
					sequence: { groupOrder: 0 }
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					globalSetup: ['test/browser-build-setup.ts'],
					// As the server files: each starts its own server and Chromium, none mocks a module.
					isolate: false,
					maxWorkers: BROWSER_WORKERS,
					// Two files share the 2 cores: a step that takes 10 s alone may take 25 s here.
					testTimeout: 60_000,
					hookTimeout: 240_000,
					// expect.poll's default 1 s is too short for a page answering under that load (the
					// frontage redraw and the winter headline both missed it once in a clean-clone run).
					expect: { poll: { timeout: 10_000 } },
					sequence: { groupOrder: 1 }
				}
			},
			{
				extends: true,
				test: {
					name: 'alone',
					include: RUN_ALONE,
					maxWorkers: 1,
					sequence: { groupOrder: 2 }
				}
			}
		]
	}
});
