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
		['/login', { name: 'login' }],
		['/setup', { name: 'setup' }],
		['/account', { name: 'account' }],
		['/my-route', { name: 'my_route' }],
		['/m', { name: 'phone' }],
		['/admin', { name: 'admin_users' }],
		['/admin/users', { name: 'admin_users' }],
		['/admin/tokens', { name: 'admin_tokens' }],
		['/admin/audit/', { name: 'admin_audit' }],
		['/routes/%E4%/teams/x', { name: 'not_found', path: '/routes/%E4%/teams/x' }],
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
			{ name: 'login' },
			{ name: 'setup' },
			{ name: 'account' },
			{ name: 'my_route' },
			{ name: 'phone' },
			{ name: 'admin_users' },
			{ name: 'admin_tokens' },
			{ name: 'admin_audit' },
			{ name: 'team', planId: 'p/1', teamId: '消杀一队' }
		];
		for (const r of routes) expect(matchRoute(routePath(r))).toEqual(r);
	});
});
