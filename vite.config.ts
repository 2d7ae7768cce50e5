import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { phoneServiceWorker } from './scripts/phone-service-worker';

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
		include: ['test/**/*.test.ts'],
		testTimeout: 20_000,
		hookTimeout: 120_000,
		globalSetup: ['test/browser-build-setup.ts']
	}
});
