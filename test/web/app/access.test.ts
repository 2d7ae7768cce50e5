import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../server/contract/accounts';
import { landingFor, mayOpen, navPageOf, navPagesFor } from '../../../web/src/app/access';

const me = (role: Role, team: string | null = null) => ({ role, team });

describe('navigation per role (from contract/permissions.ts)', () => {
	it.each<[Role, string[]]>([
		[
			'admin',
			[
				'map',
				'compare',
				'overview',
				'cases',
				'frontage',
				'plans',
				'import',
				'patrols',
				'scorecards',
				'registry',
				'admin_users',
				// Issue 16 lane C: the 考核 page, for the office roles.
				'assessment',
				'pest_dengue'
			]
		],
		[
			'planner',
			[
				'map',
				'compare',
				'overview',
				'cases',
				'frontage',
				'plans',
				'import',
				'patrols',
				'scorecards',
				'registry',
				'assessment',
				'pest_dengue'
			]
		],
		['grid', ['map', 'cases', 'frontage', 'phone', 'patrols', 'registry']],
		['patrol', ['map', 'cases', 'frontage', 'phone', 'patrols', 'registry']],
		['sprayer', ['my_route', 'registry', 'pest_dengue']],
		[
			'inspector',
			[
				'map',
				'compare',
				'overview',
				'cases',
				'frontage',
				'phone',
				'patrols',
				'scorecards',
				'registry',
				'assessment',
				'pest_dengue'
			]
		],
		[
			'leader',
			[
				'map',
				'compare',
				'overview',
				'cases',
				'frontage',
				'patrols',
				'scorecards',
				'registry',
				'assessment',
				'pest_dengue'
			]
		]
	])('%s sees %j', (role, pages) => {
		expect(navPagesFor(me(role, role === 'sprayer' ? '消杀一队' : null))).toEqual(pages);
	});

	it('keeps the admin pages to the admin', () => {
		for (const role of ROLES) {
			for (const name of ['admin_users', 'admin_tokens', 'admin_audit'] as const) {
				expect(mayOpen({ name }, me(role)), `${role} ${name}`).toBe(role === 'admin');
			}
		}
	});

	it('lets a sprayer open only their own team’s route', () => {
		const sprayer = me('sprayer', '消杀一队');
		expect(mayOpen({ name: 'team', planId: 'p1', teamId: '消杀一队' }, sprayer)).toBe(true);
		expect(mayOpen({ name: 'team', planId: 'p1', teamId: '消杀二队' }, sprayer)).toBe(false);
		expect(mayOpen({ name: 'map' }, sprayer)).toBe(false);
		expect(mayOpen({ name: 'team', planId: 'p1', teamId: '消杀二队' }, me('leader'))).toBe(true);
		expect(mayOpen({ name: 'team', planId: 'p1', teamId: '消杀二队' }, me('grid'))).toBe(false);
	});

	it('opens the account page and unknown paths to everyone', () => {
		for (const role of ROLES) {
			expect(mayOpen({ name: 'account' }, me(role))).toBe(true);
			expect(mayOpen({ name: 'not_found', path: '/x' }, me(role))).toBe(true);
		}
	});

	it('lands a sprayer on their route, a leader on the overview, the others on the map', () => {
		expect(landingFor(me('sprayer', '消杀一队'))).toEqual({ name: 'my_route' });
		expect(landingFor(me('sprayer'))).toEqual({ name: 'my_route' });
		expect(landingFor(me('leader'))).toEqual({ name: 'overview' });
		for (const role of ['admin', 'planner', 'grid', 'patrol', 'inspector'] as const)
			expect(landingFor(me(role))).toEqual({ name: 'map' });
	});

	it('marks the navigation entry a page belongs under', () => {
		const team = { name: 'team', planId: 'p', teamId: 't' } as const;
		expect(navPageOf(team, me('sprayer'))).toBe('my_route');
		expect(navPageOf(team, me('planner'))).toBe('plans');
		expect(navPageOf({ name: 'admin_audit' }, me('admin'))).toBe('admin_users');
		expect(navPageOf({ name: 'account' }, me('admin'))).toBeNull();
		expect(navPageOf({ name: 'compare' }, me('admin'))).toBe('compare');
	});
});
