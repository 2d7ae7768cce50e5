import { ensureWebBuilt } from './browser/helpers/ensure-built';

/**
 * Vitest globalSetup: builds the web app once, before any test file starts, when the run
 * may include the browser tests. Each browser file also calls ensureWebBuilt, but files run
 * in parallel: on a clean clone (CI) several `vite build`s would then empty dist/web under
 * each other's running servers, and a page or the service worker's precache would meet 404s.
 */
export default function setup(): void {
	const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && a !== 'run');
	const mayRunBrowser =
		filters.length === 0 ||
		filters.some((f) => f.includes('browser') || f === 'test' || f === 'test/');
	if (mayRunBrowser) ensureWebBuilt();
}
