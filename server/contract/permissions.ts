import { ROLES, type Role } from './accounts';

/**
 * The one permission table (issue 13): every route × method the server registers, the roles
 * allowed, and what bounds an area-bound role. The authorisation middleware reads only this;
 * a test walks every registered route against it, and docs/permissions.md is rendered from it.
 * Zod-free, so the web hides what a role may not use from the same rows.
 */
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * `zones`: an area-bound role (grid, patrol, sprayer) sees and touches only its zones.
 * `team`: a sprayer reaches only the plans and stops of their own team.
 */
export type Bound = 'zones' | 'team';

export interface Permission {
	method: Method;
	/** Hono's pattern, exactly as the app registers it (`/api/routes/:id`). */
	path: string;
	/** `anonymous`: no sign-in needed; otherwise the roles allowed. */
	access: 'anonymous' | readonly Role[];
	/** What limits an area-bound role on this route; absent means no bound. */
	bound?: Bound;
}

const ALL: readonly Role[] = ROLES;
/** Office roles that read every analysis of the whole town. */
const ANALYSTS: readonly Role[] = ['admin', 'planner', 'inspector', 'leader'];
/** Analysts plus grid staff and patrols, who read the map of their own area. */
const MAP_READERS: readonly Role[] = [...ANALYSTS, 'grid', 'patrol'];
const PLANNERS: readonly Role[] = ['admin', 'planner'];
const ADMIN: readonly Role[] = ['admin'];
/** Roles that report cases and take workflow actions (not sprayers, not leaders). */
const CASE_ACTORS: readonly Role[] = ['admin', 'planner', 'grid', 'patrol', 'inspector'];
/** Route plans: the office reads them all, a sprayer their own team's. */
const PLAN_READERS: readonly Role[] = [...ANALYSTS, 'sprayer'];
/** Who walks a patrol and checks frontage units (issue 15 item 3), and who reads patrols. */
const PATROLLERS: readonly Role[] = ['admin', 'planner', 'grid', 'patrol'];
const PATROL_READERS: readonly Role[] = [...PATROLLERS, 'inspector', 'leader'];

export const PERMISSIONS: readonly Permission[] = [
	// Anonymous by design.md §3: health, the login endpoints (demo sign-in answers 404 unless demo).
	{ method: 'GET', path: '/api/health', access: 'anonymous' },
	{ method: 'GET', path: '/api/auth/status', access: 'anonymous' },
	{ method: 'POST', path: '/api/auth/login', access: 'anonymous' },
	{ method: 'POST', path: '/api/auth/logout', access: 'anonymous' },
	{ method: 'POST', path: '/api/auth/demo', access: 'anonymous' },
	{ method: 'POST', path: '/api/auth/setup', access: 'anonymous' },

	// Residents (issue 14 item 11): report a problem, look up its state, read the notice board.
	// Rate-limited per address and device; nothing here serves a photo, name or description.
	{ method: 'POST', path: '/api/public/reports', access: 'anonymous' },
	{ method: 'GET', path: '/api/public/reports/:caseNumber', access: 'anonymous' },
	{ method: 'GET', path: '/api/public/board', access: 'anonymous' },
	{ method: 'GET', path: '/api/public/town', access: 'anonymous' },

	// The signed-in user's own account.
	{ method: 'GET', path: '/api/auth/me', access: ALL },
	{ method: 'POST', path: '/api/auth/password', access: ALL },
	{ method: 'GET', path: '/api/auth/tokens', access: ALL },
	{ method: 'POST', path: '/api/auth/tokens', access: ALL },
	{ method: 'DELETE', path: '/api/auth/tokens/:id', access: ALL },
	{ method: 'GET', path: '/api/users', access: ALL },

	// Administration.
	{ method: 'GET', path: '/api/admin/users', access: ADMIN },
	{ method: 'POST', path: '/api/admin/users', access: ADMIN },
	{ method: 'PATCH', path: '/api/admin/users/:username', access: ADMIN },
	{ method: 'POST', path: '/api/admin/users/:username/password', access: ADMIN },
	{ method: 'GET', path: '/api/admin/tokens', access: ADMIN },
	{ method: 'DELETE', path: '/api/admin/tokens/:id', access: ADMIN },
	{ method: 'GET', path: '/api/admin/audit', access: ADMIN },
	{ method: 'GET', path: '/api/admin/audit/export', access: ADMIN },

	// The map.
	{ method: 'GET', path: '/api/meta', access: ALL },
	{ method: 'GET', path: '/api/catalogues', access: ALL },
	{ method: 'GET', path: '/api/layers/:layer', access: MAP_READERS, bound: 'zones' },
	{ method: 'GET', path: '/api/export/:layer', access: MAP_READERS, bound: 'zones' },
	{ method: 'GET', path: '/api/density', access: ANALYSTS },
	{ method: 'GET', path: '/api/density/series', access: ANALYSTS },
	{ method: 'GET', path: '/api/density/export', access: ANALYSTS },
	{ method: 'POST', path: '/api/density/calculate', access: ANALYSTS },
	{ method: 'GET', path: '/api/hotspots', access: ANALYSTS },
	{ method: 'GET', path: '/api/hotspots/roads', access: ANALYSTS },
	{ method: 'GET', path: '/api/hotspots/emerging', access: ANALYSTS },
	{ method: 'GET', path: '/api/priorities', access: ANALYSTS },

	// Comparisons and the overview.
	{ method: 'GET', path: '/api/compare', access: ANALYSTS },
	{ method: 'GET', path: '/api/compare/export', access: ANALYSTS },
	{ method: 'GET', path: '/api/overview', access: ANALYSTS },
	{ method: 'GET', path: '/api/overview/supervision', access: ANALYSTS },
	{ method: 'GET', path: '/api/series', access: ANALYSTS },
	{ method: 'GET', path: '/api/spraying/effect', access: ANALYSTS },

	// Catalogues and campaigns: settings belong to the admin, campaigns to the office.
	{ method: 'GET', path: '/api/catalogues/thresholds', access: ALL },
	{ method: 'PUT', path: '/api/catalogues/thresholds', access: ADMIN },
	{ method: 'PATCH', path: '/api/catalogues/survey-methods/:code', access: ADMIN },
	{ method: 'GET', path: '/api/campaigns', access: PLAN_READERS },
	{ method: 'POST', path: '/api/campaigns', access: PLANNERS },
	{ method: 'PUT', path: '/api/campaigns/:id', access: PLANNERS },

	// Imports.
	{ method: 'GET', path: '/api/import', access: PLANNERS },
	{ method: 'POST', path: '/api/import/:kind/preview', access: PLANNERS },
	{ method: 'POST', path: '/api/import/:kind', access: PLANNERS },

	// Spray plans: the office plans and dispatches; a sprayer reads and marks their own team's.
	{ method: 'POST', path: '/api/routes/plan', access: PLANNERS },
	{ method: 'GET', path: '/api/routes/targets', access: PLANNERS },
	{ method: 'GET', path: '/api/routes', access: PLAN_READERS, bound: 'team' },
	{ method: 'POST', path: '/api/routes', access: PLANNERS },
	{ method: 'GET', path: '/api/routes/:id', access: PLAN_READERS, bound: 'team' },
	{ method: 'PUT', path: '/api/routes/:id', access: PLANNERS },
	{ method: 'GET', path: '/api/routes/:id/export', access: PLAN_READERS, bound: 'team' },
	{
		method: 'POST',
		path: '/api/routes/:id/stops/:stopId/visit',
		access: [...PLANNERS, 'sprayer'],
		bound: 'team'
	},

	// Case photos (issue 14 item 6): every signed-in role reads them, as every role works cases.
	// Never anonymous: the public notice board shows no photos (faces, plates, doorways).
	{ method: 'GET', path: '/api/photos/:id', access: ALL },
	{ method: 'GET', path: '/api/photos/:id/thumb', access: ALL },

	// Rectification cases (issue 14): staff in the field report and act inside their zones;
	// the workflow (domain/cases) then checks each action's roles, status and zone. Leaders read.
	{ method: 'POST', path: '/api/cases', access: CASE_ACTORS, bound: 'zones' },
	{ method: 'GET', path: '/api/cases', access: MAP_READERS, bound: 'zones' },
	{ method: 'GET', path: '/api/cases/export', access: MAP_READERS, bound: 'zones' },
	{ method: 'GET', path: '/api/cases/indicators', access: ANALYSTS },
	{ method: 'GET', path: '/api/cases/mine/count', access: ALL, bound: 'zones' },
	{ method: 'POST', path: '/api/cases/dispatch', access: PLANNERS },
	{ method: 'GET', path: '/api/cases/:id', access: MAP_READERS, bound: 'zones' },
	{ method: 'POST', path: '/api/cases/:id/actions', access: CASE_ACTORS, bound: 'zones' },
	// Issue 15 item 3: the 移交单 of a case referred to the 城管执法大队 (contacts masked but for
	// the office). Referring and recording the outcome are case actions (planners, admin).
	{ method: 'GET', path: '/api/referrals/:caseId', access: MAP_READERS, bound: 'zones' },

	// 门前三包 ledger (issue 15 item 2): map readers read it (inspectors and leaders with contacts
	// masked, contract FRONTAGE_CONTACT_ROLES); the office keeps it.
	{ method: 'GET', path: '/api/frontage', access: MAP_READERS, bound: 'zones' },
	{ method: 'GET', path: '/api/frontage/export', access: MAP_READERS, bound: 'zones' },
	{ method: 'POST', path: '/api/frontage', access: PLANNERS },
	{ method: 'GET', path: '/api/frontage/:id', access: MAP_READERS, bound: 'zones' },
	{ method: 'PATCH', path: '/api/frontage/:id', access: PLANNERS },
	{ method: 'DELETE', path: '/api/frontage/:id', access: PLANNERS },
	{ method: 'GET', path: '/api/calendar/:year', access: ALL },
	{ method: 'PUT', path: '/api/calendar/:year', access: ADMIN },
	// 督办 notices: every signed-in user reads and marks their own inbox, nobody else's.
	{ method: 'GET', path: '/api/notifications', access: ALL },
	{ method: 'POST', path: '/api/notifications/read', access: ALL },
	{ method: 'GET', path: '/api/admin/settings', access: ADMIN },
	{ method: 'PUT', path: '/api/admin/settings', access: ADMIN },

	// Issue 15 items 4–6: patrol coverage (a patrol or grid worker sees their own grids),
	// scorecards and the monthly 公示 (the office), volunteer work (logged by the office and
	// the field staff of the area, audited).
	{ method: 'GET', path: '/api/patrols/coverage', access: MAP_READERS, bound: 'zones' },
	{ method: 'GET', path: '/api/scorecards', access: ANALYSTS },
	{ method: 'GET', path: '/api/volunteer-activities', access: MAP_READERS, bound: 'zones' },
	{
		method: 'POST',
		path: '/api/volunteer-activities',
		access: [...PLANNERS, 'grid', 'patrol'],
		bound: 'zones'
	},

	// Daily frontage checks and patrols (issue 15 item 3): assistants and red-armband volunteers
	// (patrol), grid staff, the office; area-bound roles inside their zones, their own patrols.
	{ method: 'POST', path: '/api/patrols', access: PATROLLERS, bound: 'zones' },
	{ method: 'GET', path: '/api/patrols', access: PATROL_READERS, bound: 'zones' },
	{ method: 'GET', path: '/api/patrols/:id', access: PATROL_READERS, bound: 'zones' },
	{ method: 'POST', path: '/api/patrols/:id/points', access: PATROLLERS, bound: 'zones' },
	{ method: 'POST', path: '/api/patrols/:id/end', access: PATROLLERS, bound: 'zones' },
	{ method: 'POST', path: '/api/frontage/:unitId/checks', access: PATROLLERS, bound: 'zones' },

	// The responsibility registry (issue 15 item 1): every signed-in role reads who answers for a
	// place (phones masked for sprayers and leaders, services/responsibilities.ts); the office
	// (环卫办) registers, replaces and ends, and attaches the pledge's scan.
	{ method: 'GET', path: '/api/responsibilities', access: ALL },
	{ method: 'GET', path: '/api/responsibilities/history', access: ALL },
	{ method: 'GET', path: '/api/responsibilities/export', access: ALL },
	{ method: 'POST', path: '/api/responsibilities', access: PLANNERS },
	{ method: 'POST', path: '/api/responsibilities/:id/end', access: PLANNERS },
	{ method: 'POST', path: '/api/responsibilities/:id/scan', access: PLANNERS },

	// Issue 16 lane D: 迎检 readiness and the simulated district inspection, 创建卫生单位 titles
	// (planners) and assessments (inspectors too), the overview's assessment card.
	{ method: 'GET', path: '/api/assessment/readiness', access: ANALYSTS },
	{ method: 'GET', path: '/api/assessment/readiness/simulate', access: ANALYSTS },
	{ method: 'GET', path: '/api/sanitary-units', access: ANALYSTS },
	{ method: 'PUT', path: '/api/sanitary-units/:unitId', access: PLANNERS },
	{
		method: 'POST',
		path: '/api/sanitary-units/:unitId/assessments',
		access: ['admin', 'planner', 'inspector']
	},
	{ method: 'GET', path: '/api/overview/assessment', access: ANALYSTS },

	// Issue 16 lane C: 环卫考核 rankings, 红黑榜 and the rewards-and-penalties ledger. The office
	// reads them; the admin sets the reward rules; the admin or a planner settles a month.
	{ method: 'GET', path: '/api/assessment/scores', access: ANALYSTS },
	{ method: 'GET', path: '/api/assessment/scores/export', access: ANALYSTS },
	{ method: 'GET', path: '/api/assessment/reward-rules', access: ANALYSTS },
	{ method: 'POST', path: '/api/assessment/reward-rules', access: ADMIN },
	{ method: 'PUT', path: '/api/assessment/reward-rules/:id', access: ADMIN },
	{ method: 'GET', path: '/api/assessment/ledger', access: ANALYSTS },
	{ method: 'POST', path: '/api/assessment/ledger/settle', access: PLANNERS },
	{ method: 'GET', path: '/api/assessment/ledger/export', access: ANALYSTS },

	// Issue 16 lane A: key groups (十路一区 or the town's own term) as data. Every signed-in role
	// reads them (the map's highlight and the ranking tabs); the admin names them, picks their
	// roads and key area.
	{ method: 'GET', path: '/api/key-groups', access: ALL },
	{ method: 'POST', path: '/api/key-groups', access: ADMIN },
	{ method: 'PUT', path: '/api/key-groups/:id', access: ADMIN },
	{ method: 'DELETE', path: '/api/key-groups/:id', access: ADMIN },

	// Issue 16 lane B: 环卫考核 inspections (the inspector on the phone, the office enters the
	// district's results), read by the office roles; the deduction catalogue, read by every
	// signed-in role (the phone form), edited by the admin.
	{ method: 'POST', path: '/api/inspections', access: ['admin', 'planner', 'inspector'] },
	{ method: 'GET', path: '/api/inspections', access: ANALYSTS },
	{
		method: 'GET',
		path: '/api/inspections/suggestions',
		access: ['admin', 'planner', 'inspector']
	},
	{ method: 'GET', path: '/api/inspections/:id', access: ANALYSTS },
	{ method: 'GET', path: '/api/deduction-items', access: ALL },
	{ method: 'POST', path: '/api/deduction-items', access: ADMIN },
	{ method: 'PUT', path: '/api/deduction-items/:code', access: ADMIN },

	// Issue 17: town grade (lane A), and the sample-minimum catalogue, read by every signed-in
	// role (the map's 样本不足 tooltip) and edited by the admin.
	{ method: 'GET', path: '/api/density/town', access: ANALYSTS },
	{ method: 'GET', path: '/api/catalogues/sample-minimums', access: ALL },
	{ method: 'PUT', path: '/api/catalogues/sample-minimums', access: ADMIN },

	// Issue 17: the dengue-season week (Aedes risk per community, high-BI streets, targets). The
	// office reads it; sprayers too, since its targets are their spray and clean-up stops.
	{ method: 'GET', path: '/api/dengue/weeks', access: PLAN_READERS },

	// Issue 17: campaigns as plans (lane E). The office plans them; leaders and sprayers follow
	// the progress their team pages feed.
	{ method: 'GET', path: '/api/campaigns/:id', access: PLAN_READERS },
	{ method: 'POST', path: '/api/campaigns/:id/phases', access: PLANNERS },
	{ method: 'PUT', path: '/api/campaigns/:id/phases/:phaseId', access: PLANNERS },
	{ method: 'DELETE', path: '/api/campaigns/:id/phases/:phaseId', access: PLANNERS },
	{ method: 'POST', path: '/api/campaigns/:id/targets', access: PLANNERS },
	{ method: 'PATCH', path: '/api/campaigns/:id/targets', access: PLANNERS },

	// Issue 17: control facilities (毒饵站, 灭蝇灯, 防鼠设施, 三防设施) and standing targets of
	// recurring spraying. Every signed-in role reads them (the map layer, the team page); the
	// office keeps the registry; teams and inspectors record what they found at a facility.
	{ method: 'GET', path: '/api/facilities', access: ALL },
	{ method: 'POST', path: '/api/facilities', access: PLANNERS },
	{ method: 'GET', path: '/api/facilities/:id', access: ALL },
	{ method: 'PUT', path: '/api/facilities/:id', access: PLANNERS },
	{
		method: 'POST',
		path: '/api/facilities/:id/inspections',
		access: ['admin', 'planner', 'inspector', 'sprayer']
	},
	{ method: 'GET', path: '/api/standing-targets', access: ALL },
	{ method: 'POST', path: '/api/standing-targets', access: PLANNERS },
	{ method: 'PUT', path: '/api/standing-targets/:id', access: PLANNERS },
	{ method: 'DELETE', path: '/api/standing-targets/:id', access: PLANNERS },

	// OGC API - Features: GIS clients (QGIS, GDAL) of the office, with a token or password.
	{ method: 'GET', path: '/ogc', access: ANALYSTS },
	{ method: 'GET', path: '/ogc/api', access: ANALYSTS },
	{ method: 'GET', path: '/ogc/conformance', access: ANALYSTS },
	{ method: 'GET', path: '/ogc/collections', access: ANALYSTS },
	{ method: 'GET', path: '/ogc/collections/:collectionId', access: ANALYSTS },
	{ method: 'GET', path: '/ogc/collections/:collectionId/items', access: ANALYSTS },
	{ method: 'GET', path: '/ogc/collections/:collectionId/items/:featureId', access: ANALYSTS }
];

const compiled = PERMISSIONS.map((p) => ({
	permission: p,
	pattern: new RegExp(
		'^' + p.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+') + '/?$'
	)
}));

/**
 * The row governing a request (HEAD is GET's), or undefined for a path no row names.
 * Literal rows win over parameter rows (`/api/routes/plan` before `/api/routes/:id`).
 */
export function permissionFor(method: string, path: string): Permission | undefined {
	const m = method === 'HEAD' ? 'GET' : method;
	const hits = compiled.filter((c) => c.permission.method === m && c.pattern.test(path));
	hits.sort((a, b) => paramCount(a.permission.path) - paramCount(b.permission.path));
	return hits[0]?.permission;
}

function paramCount(path: string): number {
	return (path.match(/:/g) ?? []).length;
}

/** Whether `role` may use the row (anonymous rows are open to everyone). */
export function allows(permission: Permission, role: Role | null): boolean {
	if (permission.access === 'anonymous') return true;
	return role !== null && permission.access.includes(role);
}
