import type { Me, Role } from '../../../server/contract/accounts';
import { allows, permissionFor, type Method } from '../../../server/contract/permissions';
import { NAV_PAGES, type NavPage, type Route } from './routes';

/**
 * What a role may open, read from the one permission table (contract/permissions.ts): a page
 * is shown when the role may call its main API. The server enforces the same rows; this only
 * hides what would answer 403.
 */
const MAIN_API: Partial<Record<Route['name'], [Method, string]>> = {
	map: ['GET', '/api/layers/zones'],
	compare: ['GET', '/api/compare'],
	overview: ['GET', '/api/overview'],
	cases: ['GET', '/api/cases'],
	case: ['GET', '/api/cases/case-id'],
	referral: ['GET', '/api/referrals/case-id'],

	frontage: ['GET', '/api/frontage'],
	frontage_unit: ['GET', '/api/frontage/unit-id'],
	plans: ['POST', '/api/routes/plan'],
	team: ['GET', '/api/routes/plan-id'],
	my_route: ['GET', '/api/routes'],
	phone: ['POST', '/api/cases/:id/actions'],
	import: ['GET', '/api/import'],
	admin_users: ['GET', '/api/admin/users'],
	admin_tokens: ['GET', '/api/admin/tokens'],
	admin_audit: ['GET', '/api/admin/audit'],
	admin_deduction_items: ['PUT', '/api/deduction-items/:code'],
	admin_sample_minimums: ['PUT', '/api/catalogues/sample-minimums'],
	patrols: ['GET', '/api/patrols/coverage'],
	scorecards: ['GET', '/api/scorecards'],
	notice: ['GET', '/api/scorecards'],
	registry: ['GET', '/api/responsibilities'],
	readiness: ['GET', '/api/assessment/readiness'],
	sanitary_units: ['GET', '/api/sanitary-units'],

	assessment: ['GET', '/api/assessment/scores'],
	assessment_board: ['GET', '/api/assessment/scores'],
	assessment_ledger: ['GET', '/api/assessment/ledger'],

	admin_key_groups: ['POST', '/api/key-groups'],
	pest_dengue: ['GET', '/api/dengue/weeks'],

	pest_campaigns: ['GET', '/api/campaigns'],
	pest_campaign: ['GET', '/api/campaigns/:id'],

	pest_facilities: ['GET', '/api/facilities']
};

/** Roles working cases on site with the phone page (sprayers may not act on cases). */
const FIELD_ROLES: readonly Role[] = ['grid', 'patrol', 'inspector'];

/** Pages for signing in: a signed-in user is sent on from them. */
const PUBLIC: readonly Route['name'][] = ['login', 'setup'];

export function isPublicRoute(route: Route): boolean {
	return PUBLIC.includes(route.name);
}

/** The residents' pages (issue 14 item 11): open to everyone, signed in or not, no app shell. */
const RESIDENTS: readonly Route['name'][] = ['report', 'report_status', 'board'];

export function isResidentRoute(route: Route): boolean {
	return RESIDENTS.includes(route.name);
}

function mayCall(role: Role, method: Method, path: string): boolean {
	const permission = permissionFor(method, path);
	return permission !== undefined && allows(permission, role);
}

/** Whether `me` may use `route`; pages with no API of their own (account, 404) are open. */
export function mayOpen(route: Route, me: Pick<Me, 'role' | 'team'>): boolean {
	const api = MAIN_API[route.name];
	if (!api) return true;
	if (!mayCall(me.role, ...api)) return false;
	// A sprayer reaches only their own team's route (the `team` bound of the table).
	const bound = permissionFor(...api)?.bound;
	if (route.name === 'team' && bound === 'team' && me.role === 'sprayer')
		return route.teamId === me.team;
	// "My route" is a sprayer's: the route of their team (or word that none is assigned yet).
	if (route.name === 'my_route') return me.role === 'sprayer';
	// The phone page /m is the field staff's: those who report, handle and verify on site.
	if (route.name === 'phone') return FIELD_ROLES.includes(me.role);
	return true;
}

/** The navigation's pages for `me`, in order. */
export function navPagesFor(me: Pick<Me, 'role' | 'team'>): NavPage[] {
	return NAV_PAGES.filter((page) => mayOpen({ name: page } as Route, me));
}

/**
 * Where a user lands after signing in without a page to return to: a sprayer on their team's
 * route, a leader on the overview, everyone else on the map (or their first page).
 */
export function landingFor(me: Pick<Me, 'role' | 'team'>): Route {
	const preferred: Route =
		me.role === 'sprayer'
			? { name: 'my_route' }
			: me.role === 'leader'
				? { name: 'overview' }
				: { name: 'map' };
	if (mayOpen(preferred, me)) return preferred;
	const first = navPagesFor(me)[0];
	return first ? ({ name: first } as Route) : { name: 'account' };
}

/** The navigation entry a page belongs under (a team's route under the plans or "my route"). */
export function navPageOf(route: Route, me: Pick<Me, 'role'> | null): NavPage | null {
	switch (route.name) {
		case 'team':
			return me?.role === 'sprayer' ? 'my_route' : 'plans';
		case 'case':
		case 'referral':
			return 'cases';
		case 'frontage_unit':
			return 'frontage';
		case 'admin_tokens':
		case 'admin_audit':
		case 'admin_key_groups':
		case 'admin_deduction_items':
		case 'admin_sample_minimums':
			return 'admin_users';
		default:
			return (NAV_PAGES as readonly string[]).includes(route.name) ? (route.name as NavPage) : null;
	}
}
