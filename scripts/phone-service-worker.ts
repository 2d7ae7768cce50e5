import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The phone page's service worker (issue 14 item 5: /m keeps working on a weak connection).
 * `vite build` writes it as dist/web/sw.js; the phone page /m and the residents' /report
 * register it (web/src/pages/phone/service-worker.ts). It keeps the app shell and the built
 * files those pages need, in a cache named after the build, so a new build replaces it:
 *
 * - a visit to /m or /report: network first (a few seconds), else the cached shell;
 * - /assets/* (hashed, never change): the cache first, else the network;
 * - everything else, above all /api and /ogc, and every other page: not touched.
 */
export function serviceWorkerSource(version: string, precache: readonly string[]): string {
	return `// SaniMap phone service worker, build ${version} (scripts/phone-service-worker.ts).
const CACHE = 'sanimap-phone-${version}';
const SHELL = '/index.html';
const PRECACHE = ${JSON.stringify([...precache])};
const OFFLINE_PAGES = /^\\/(m|report)(\\/|$)/;
const NETWORK_WAIT_MS = 4000;

self.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll([SHELL, ...PRECACHE]))
			.then(() => self.skipWaiting())
	);
});

self.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(
					keys
						.filter((key) => key.startsWith('sanimap-phone-') && key !== CACHE)
						.map((key) => caches.delete(key))
				)
			)
			.then(() => self.clients.claim())
	);
});

async function page(request) {
	const cache = await caches.open(CACHE);
	const network = fetch(request).then((response) => {
		if (response.ok && (response.headers.get('content-type') || '').startsWith('text/html'))
			void cache.put(SHELL, response.clone());
		return response;
	});
	const cached = await cache.match(SHELL);
	if (!cached) return network;
	const late = new Promise((resolve) => setTimeout(() => resolve(cached), NETWORK_WAIT_MS));
	return Promise.race([network.catch(() => cached), late]);
}

async function asset(request) {
	const hit = await caches.match(request, { ignoreVary: true });
	return hit || fetch(request);
}

self.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	if (/^\\/(api|ogc)(\\/|$)/.test(url.pathname)) return;
	if (request.mode === 'navigate') {
		if (OFFLINE_PAGES.test(url.pathname)) event.respondWith(page(request));
		return;
	}
	if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});
`;
}

interface ChunkLike {
	type: 'chunk';
	fileName: string;
	isEntry: boolean;
	facadeModuleId: string | null;
	imports: string[];
	dynamicImports: string[];
	viteMetadata?: { importedCss: Set<string>; importedAssets: Set<string> };
}

/** Pages that work offline: their chunks, and what those import, are kept by the worker. */
const OFFLINE_PAGE_MODULES = /\/pages\/(phone|public)\/[A-Za-z]+Page\.svelte$/;

/**
 * The files /m and /report need: the entry and the two pages' chunks with everything they
 * import (statically, or lazily from those pages), with their CSS and assets (MapLibre's worker).
 */
export function offlineFiles(bundle: Record<string, { type: string; fileName: string }>): string[] {
	const chunks = Object.values(bundle).filter((o): o is ChunkLike => o.type === 'chunk');
	const byName = new Map(chunks.map((c) => [c.fileName, c]));
	const files = new Set<string>();
	const visit = (chunk: ChunkLike | undefined, lazyToo: boolean) => {
		if (!chunk || files.has(chunk.fileName)) return;
		files.add(chunk.fileName);
		for (const css of chunk.viteMetadata?.importedCss ?? []) files.add(css);
		for (const a of chunk.viteMetadata?.importedAssets ?? []) files.add(a);
		for (const name of chunk.imports) visit(byName.get(name), lazyToo);
		if (lazyToo) for (const name of chunk.dynamicImports) visit(byName.get(name), lazyToo);
	};
	for (const chunk of chunks) if (chunk.isEntry) visit(chunk, false);
	for (const chunk of chunks)
		if (chunk.facadeModuleId && OFFLINE_PAGE_MODULES.test(chunk.facadeModuleId)) visit(chunk, true);
	return [...files]
		.filter((f) => f in bundle)
		.sort()
		.map((f) => `/${f}`);
}

/** Writes sw.js in `vite build` (never in the dev server, which registers none). */
export function phoneServiceWorker(): Plugin {
	return {
		name: 'sanimap-phone-service-worker',
		apply: 'build',
		// After writing: Vite drops CSS-only JS chunks late, so only the written bundle is final.
		writeBundle(options, bundle) {
			const names = Object.keys(bundle).sort();
			const version = createHash('sha256').update(names.join('\n')).digest('hex').slice(0, 12);
			writeFileSync(
				join(options.dir ?? 'dist/web', 'sw.js'),
				serviceWorkerSource(version, offlineFiles(bundle))
			);
		}
	};
}
