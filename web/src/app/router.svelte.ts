import { getContext, setContext } from 'svelte';
import { matchRoute, routePath, type Route } from './routes';

/** Client-side navigation between pages with the History API; the server serves the shell
 * for every page path (server/app.ts). */
export class Router {
	route = $state<Route>({ name: 'map' });

	constructor(
		private readonly history: Pick<History, 'pushState' | 'replaceState'>,
		pathname: string
	) {
		this.route = matchRoute(pathname);
	}

	/** Goes to a page; the query string is the page's own (filters, view). */
	navigate(to: Route | string, search = ''): void {
		const route = typeof to === 'string' ? matchRoute(to) : to;
		this.history.pushState(null, '', `${routePath(route)}${search}`);
		this.route = route;
	}

	/** Goes to a page in place of this one in the history (redirects: login, landing). */
	replace(to: Route | string, search = ''): void {
		const route = typeof to === 'string' ? matchRoute(to) : to;
		this.history.replaceState(null, '', `${routePath(route)}${search}`);
		this.route = route;
	}

	/** Goes to an address of this site given as path and query (`/routes?date=…`). */
	open(address: string, replace = false): void {
		const at = address.search(/[?#]/);
		const path = at < 0 ? address : address.slice(0, at);
		const rest = at < 0 ? '' : address.slice(at);
		if (replace) this.replace(path, rest);
		else this.navigate(path, rest);
	}

	/** Back/forward buttons: follow the address bar. */
	sync(pathname: string): void {
		this.route = matchRoute(pathname);
	}
}

const KEY = Symbol('router');

export function setRouter(router: Router): Router {
	return setContext(KEY, router);
}

export function getRouter(): Router {
	const router = getContext<Router | undefined>(KEY);
	if (!router) throw new Error('getRouter() outside the app shell');
	return router;
}
