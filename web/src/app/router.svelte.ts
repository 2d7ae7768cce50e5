import { getContext, setContext } from 'svelte';
import { matchRoute, routePath, type Route } from './routes';

/** Client-side navigation between pages with the History API; the server serves the shell
 * for every page path (server/app.ts). */
export class Router {
	route = $state<Route>({ name: 'map' });

	constructor(
		private readonly history: Pick<History, 'pushState'>,
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
