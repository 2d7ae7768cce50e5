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
	| { name: 'cases' }
	| { name: 'case'; id: string }
	| { name: 'referral'; id: string }
	| { name: 'frontage' }
	| { name: 'frontage_unit'; id: string }
	| { name: 'my_route' }
	| { name: 'phone' }
	| { name: 'import' }
	| { name: 'login' }
	| { name: 'setup' }
	| { name: 'report' }
	| { name: 'report_status' }
	| { name: 'board' }
	| { name: 'account' }
	| { name: 'admin_users' }
	| { name: 'admin_tokens' }
	| { name: 'admin_audit' }
	| { name: 'admin_deduction_items' }
	| { name: 'admin_sample_minimums' }
	| { name: 'patrols' }
	| { name: 'scorecards' }
	| { name: 'notice' }
	| { name: 'registry' }
	// Issue 16 lane D: 迎检 readiness and 创建卫生单位.
	| { name: 'readiness' }
	| { name: 'sanitary_units' }
	| { name: 'assessment' }
	| { name: 'assessment_board' }
	| { name: 'assessment_ledger' }
	| { name: 'admin_key_groups' }
	// Issue 17 lane B: the dengue-season week, the 除四害 entry of the navigation.
	| { name: 'pest_dengue' }

	// Issue 17 lane E: campaigns as plans.
	| { name: 'pest_campaigns' }
	| { name: 'pest_campaign'; id: string }

	// Issue 17 lane D: control facilities and standing spray targets.
	| { name: 'pest_facilities' }
	| { name: 'not_found'; path: string };

/** Pages without a route parameter: every name but those with an id and `not_found`. */
export type StaticPage = Exclude<
	Route['name'],
	'team' | 'case' | 'referral' | 'frontage_unit' | 'pest_campaign' | 'not_found'
>;

/** Top-level pages in the navigation, in order; access.ts keeps those the role may use. */
export const NAV_PAGES = [
	'map',
	'compare',
	'overview',
	'cases',
	'frontage',
	'plans',
	'my_route',
	'phone',
	'import',
	'patrols',
	'scorecards',
	'registry',
	'admin_users',
	'assessment',
	'pest_dengue'
] as const satisfies readonly StaticPage[];
export type NavPage = (typeof NAV_PAGES)[number];

/** A navigation entry named otherwise than `nav.<page>`: 除四害 opens on its dengue page. */
export const NAV_LABEL_KEYS: Partial<Record<NavPage, string>> = { pest_dengue: 'nav.pest' };

export function navLabelKey(page: NavPage): string {
	return NAV_LABEL_KEYS[page] ?? `nav.${page}`;
}

const PATHS: Record<StaticPage, string> = {
	map: '/',
	compare: '/compare',
	overview: '/overview',
	cases: '/cases',
	frontage: '/frontage',
	plans: '/routes',
	my_route: '/my-route',
	phone: '/m',
	import: '/import',
	login: '/login',
	setup: '/setup',
	report: '/report',
	report_status: '/report/status',
	board: '/board',
	account: '/account',
	admin_users: '/admin/users',
	admin_tokens: '/admin/tokens',
	admin_audit: '/admin/audit',
	admin_deduction_items: '/admin/deduction-items',
	admin_sample_minimums: '/admin/sample-minimums',
	patrols: '/patrols',
	scorecards: '/scorecards',
	notice: '/scorecards/notice',
	registry: '/registry',
	readiness: '/assessment/readiness',
	sanitary_units: '/assessment/sanitary-units',

	assessment: '/assessment',
	assessment_board: '/assessment/board',
	assessment_ledger: '/assessment/ledger',

	admin_key_groups: '/admin/key-groups',
	pest_dengue: '/pest/dengue',

	pest_campaigns: '/pest/campaigns',

	pest_facilities: '/pest/facilities'
};

const STATIC: Record<string, Route> = Object.fromEntries(
	Object.entries(PATHS).map(([name, path]) => [path, { name } as Route])
);

export function matchRoute(pathname: string): Route {
	const path = pathname.replace(/\/+$/, '') || '/';
	if (STATIC[path]) return STATIC[path];
	if (path === '/admin') return { name: 'admin_users' };
	const kase = /^\/cases\/([^/]+)$/.exec(path);
	if (kase) {
		try {
			return { name: 'case', id: decodeURIComponent(kase[1]) };
		} catch {
			// A malformed escape names no case.
		}
	}
	// Issue 15: the printable 移交单 of a case referred to the 城管执法大队.
	const referral = /^\/referrals\/([^/]+)$/.exec(path);
	if (referral) {
		try {
			return { name: 'referral', id: decodeURIComponent(referral[1]) };
		} catch {
			// A malformed escape names no case.
		}
	}
	const unit = /^\/frontage\/([^/]+)$/.exec(path);
	if (unit) {
		try {
			return { name: 'frontage_unit', id: decodeURIComponent(unit[1]) };
		} catch {
			// A malformed escape names no unit.
		}
	}
	const campaign = /^\/pest\/campaigns\/([^/]+)$/.exec(path);
	if (campaign) {
		try {
			return { name: 'pest_campaign', id: decodeURIComponent(campaign[1]) };
		} catch {
			// A malformed escape names no campaign.
		}
	}
	const team = /^\/routes\/([^/]+)\/teams\/([^/]+)$/.exec(path);
	if (team) {
		try {
			return {
				name: 'team',
				planId: decodeURIComponent(team[1]),
				teamId: decodeURIComponent(team[2])
			};
		} catch {
			// A malformed escape (`%E4%`) names no page.
		}
	}
	return { name: 'not_found', path };
}

export function routePath(route: Route): string {
	switch (route.name) {
		case 'team':
			return `/routes/${encodeURIComponent(route.planId)}/teams/${encodeURIComponent(route.teamId)}`;
		case 'case':
			return `/cases/${encodeURIComponent(route.id)}`;
		case 'referral':
			return `/referrals/${encodeURIComponent(route.id)}`;

		case 'frontage_unit':
			return `/frontage/${encodeURIComponent(route.id)}`;
		case 'pest_campaign':
			return `/pest/campaigns/${encodeURIComponent(route.id)}`;
		case 'not_found':
			return route.path;
		default:
			return PATHS[route.name];
	}
}
