import { secureHeaders } from 'hono/secure-headers';

/**
 * Tile hosts of the online basemaps a user may choose (web/src/map/basemap): MapLibre fetches
 * their tiles, so the CSP lets the page load images and data from them and nothing else.
 */
export const BASEMAP_TILE_HOSTS = [
	'https://tile.openstreetmap.org',
	'https://*.tianditu.gov.cn',
	'https://*.is.autonavi.com'
] as const;

/**
 * Security headers on every response. `style-src 'unsafe-inline'` because Svelte and MapLibre
 * set style attributes; scripts only from the app itself. HSTS is left to a TLS proxy: the
 * dashboard itself serves plain HTTP on an intranet.
 */
export function securityHeaders() {
	return secureHeaders({
		contentSecurityPolicy: {
			defaultSrc: ["'self'"],
			scriptSrc: ["'self'"],
			styleSrc: ["'self'", "'unsafe-inline'"],
			imgSrc: ["'self'", 'data:', 'blob:', ...BASEMAP_TILE_HOSTS],
			connectSrc: ["'self'", ...BASEMAP_TILE_HOSTS],
			workerSrc: ["'self'", 'blob:'],
			fontSrc: ["'self'", 'data:'],
			objectSrc: ["'none'"],
			baseUri: ["'self'"],
			formAction: ["'self'"],
			frameAncestors: ["'none'"]
		},
		referrerPolicy: 'strict-origin-when-cross-origin',
		xFrameOptions: 'DENY',
		strictTransportSecurity: false
	});
}
