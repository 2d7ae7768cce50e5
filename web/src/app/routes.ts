/**
 * The dashboard's pages by path. Pure, so tests and the server's SPA fallback agree on them.
 * A page lists itself here and in pages.ts; everything else is the map.
 */
export type Route =
	| { name: 'map' }
	| { name: 'compare' }
	| { name: 'overview' }
	| { name: 'plans' }
	| { name: 'team'; planId: string; teamId: string }
	| { name: 'import' }
	| { name: 'not_found'; path: string };

/** Top-level pages in the navigation, in order. */
export const NAV_PAGES = ['map', 'compare', 'overview', 'plans', 'import'] as const;
export type NavPage = (typeof NAV_PAGES)[number];

const STATIC: Record<string, Route> = {
	'/': { name: 'map' },
	'/compare': { name: 'compare' },
	'/overview': { name: 'overview' },
	'/routes': { name: 'plans' },
	'/import': { name: 'import' }
};

export function matchRoute(pathname: string): Route {
	const path = pathname.replace(/\/+$/, '') || '/';
	if (STATIC[path]) return STATIC[path];
	const team = /^\/routes\/([^/]+)\/teams\/([^/]+)$/.exec(path);
	if (team)
		return {
			name: 'team',
			planId: decodeURIComponent(team[1]),
			teamId: decodeURIComponent(team[2])
		};
	return { name: 'not_found', path };
}

export function routePath(route: Route): string {
	switch (route.name) {
		case 'map':
			return '/';
		case 'compare':
			return '/compare';
		case 'overview':
			return '/overview';
		case 'plans':
			return '/routes';
		case 'import':
			return '/import';
		case 'team':
			return `/routes/${encodeURIComponent(route.planId)}/teams/${encodeURIComponent(route.teamId)}`;
		case 'not_found':
			return route.path;
	}
}
