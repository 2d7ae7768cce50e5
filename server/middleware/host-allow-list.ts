import type { MiddlewareHandler } from 'hono';
import { hostname, networkInterfaces } from 'node:os';
import { errorBody } from '../errors';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '::1'];

/** The host part of a Host header, lower-cased, without port or IPv6 brackets. */
export function hostOf(header: string): string {
	const h = header.trim().toLowerCase();
	if (h.startsWith('[')) return h.slice(1, h.indexOf(']'));
	const colon = h.indexOf(':');
	return colon === -1 ? h : h.slice(0, colon);
}

/**
 * The host names a browser may use to reach this server: loopback names, the listening
 * address, and, when listening on every interface, this machine's name and addresses; plus
 * SANIMAP_ALLOWED_HOSTS (the names users type, e.g. `sanimap.town.gov.cn`).
 */
export function allowedHostsFor(listenHost: string, extra: readonly string[]): Set<string> {
	const hosts = new Set([...LOOPBACK_NAMES, hostOf(listenHost), ...extra.map(hostOf)]);
	if (listenHost === '0.0.0.0' || listenHost === '::') {
		hosts.add(hostname().toLowerCase());
		for (const list of Object.values(networkInterfaces())) {
			for (const info of list ?? []) hosts.add(info.address.toLowerCase());
		}
	}
	return hosts;
}

/**
 * Refuses requests whose Host is not one of ours: a page on another site whose DNS name has
 * been pointed at this server (DNS rebinding) would otherwise read the API, and OGC links,
 * which echo Host, would send clients elsewhere. Without a list (API tests) it lets all pass.
 */
export function hostAllowList(allowed: ReadonlySet<string> | undefined): MiddlewareHandler {
	return async (c, next) => {
		const host = c.req.header('Host');
		if (allowed && host !== undefined && !allowed.has(hostOf(host))) {
			return c.json(
				errorBody(
					'host_not_allowed',
					`This server does not answer to the host name "${hostOf(host).slice(0, 100)}"; add it to SANIMAP_ALLOWED_HOSTS.`
				),
				421
			);
		}
		await next();
	};
}
