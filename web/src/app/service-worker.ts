/**
 * Registers the built service worker (scripts/phone-service-worker.ts, dist/web/sw.js) so the
 * phone page /m and the residents' /report open again without a network. Only in a build: the
 * dev server has no sw.js. It handles visits to those two pages and the built files only.
 */
export function registerPhoneServiceWorker(): void {
	if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
	navigator.serviceWorker.register('/sw.js').catch(() => {
		// No worker (private mode, old browser): the page works online as before.
	});
}
