import { describe, expect, it } from 'vitest';
import { matchRoute, routePath, type Route } from '../../../web/src/app/routes';

describe('page routes', () => {
	it.each<[string, Route]>([
		['/', { name: 'map' }],
		['/compare', { name: 'compare' }],
		['/overview/', { name: 'overview' }],
		['/routes', { name: 'plans' }],
		[
			'/routes/plan%201/teams/%E4%B8%80%E9%98%9F',
			{ name: 'team', planId: 'plan 1', teamId: '一队' }
		],
		['/import', { name: 'import' }],
		['/nowhere', { name: 'not_found', path: '/nowhere' }]
	])('%s', (path, route) => {
		expect(matchRoute(path)).toEqual(route);
	});

	it('round-trips every page through its path', () => {
		const routes: Route[] = [
			{ name: 'map' },
			{ name: 'compare' },
			{ name: 'overview' },
			{ name: 'plans' },
			{ name: 'import' },
			{ name: 'team', planId: 'p/1', teamId: '消杀一队' }
		];
		for (const r of routes) expect(matchRoute(routePath(r))).toEqual(r);
	});
});
