import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const apiTarget = `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.API_PORT ?? '8787'}`;

export default defineConfig({
	root: 'web',
	plugins: [svelte()],
	build: { outDir: '../dist/web', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
	server: { proxy: { '/api': apiTarget, '/ogc': apiTarget } },
	// Rune tests need Svelte's browser build; in the node environment $effect never runs.
	resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
	test: {
		root: '.',
		include: ['test/**/*.test.ts'],
		testTimeout: 20_000,
		hookTimeout: 120_000
	}
});
