/**
 * `window.__sanimap.project([lng, lat])` gives the page position of a coordinate, so browser
 * tests can hover or click a known feature. Read-only and harmless in production.
 */
export interface SanimapTestHook {
	project(lngLat: [number, number]): [number, number] | null;
}

declare global {
	interface Window {
		__sanimap?: SanimapTestHook;
	}
}

export function installTestHook(project: SanimapTestHook['project']): () => void {
	window.__sanimap = { project };
	return () => {
		if (window.__sanimap?.project === project) delete window.__sanimap;
	};
}
