import { Hono, type Context } from 'hono';
import { except } from 'hono/combine';
import { serveStatic } from '@hono/node-server/serve-static';
import { join } from 'node:path';
import type { Database } from './db/database';
import type { Bbox } from '$geo/bbox';
import { excerpt } from './contract/quote';
import { errorBody } from './errors';
import { authenticate } from './middleware/authenticate';
import { compression } from './middleware/compression';
import { hostAllowList } from './middleware/host-allow-list';
import { jsonBodyLimit } from './middleware/json-body-limit';
import type { ShutdownGate } from './middleware/shutdown-gate';
import { securityHeaders } from './middleware/security-headers';
import { staticCache } from './middleware/static-cache';
import { handleError } from './routes/http/errors';
import { createAdminAuditRoutes } from './routes/admin-audit';
import { createAdminUserRoutes } from './routes/admin-users';
import { createAuthRoutes } from './routes/auth';
import { createCampaignRoutes } from './routes/campaigns';
import { createCaseRoutes } from './routes/cases';
import { createReferralRoutes } from './routes/referrals';
import { createAdminSettingsRoutes, createCalendarRoutes } from './routes/case-settings';
import { createCatalogueRoutes } from './routes/catalogues';
import { createCompareRoutes } from './routes/compare';
import { createDensityRoutes } from './routes/density';
import { createHealthRoutes } from './routes/health';
import { createDeductionItemRoutes, createInspectionRoutes } from './routes/inspections';
import { createHotspotRoutes } from './routes/hotspots';
import { createEmergingRoutes } from './routes/hotspots-emerging';
import { createExportRoutes } from './routes/export';
import { createFacilityRoutes, createStandingTargetRoutes } from './routes/facilities';
import { createFrontageRoutes } from './routes/frontage';
import { createImportRoutes } from './routes/imports';
import { createKeyGroupRoutes } from './routes/key-groups';
import { createLayerRoutes } from './routes/layers';
import { createMetaRoutes } from './routes/meta';
import { createOgcRoutes } from './routes/ogc';
import { createOwnAccountRoutes } from './routes/own-account';
import { createUserDirectoryRoutes } from './routes/users';
import { AuthState, type AuthOptions } from './services/auth-state';
import { createRouteRoutes } from './routes/spray-plans';
import { createNotificationRoutes } from './routes/notifications';
import { createOverviewRoutes } from './routes/overview';
import { createPhotoRoutes } from './routes/photos';
import { createFrontageCheckRoutes, createPatrolRoutes } from './routes/patrols';
import { createPublicRoutes } from './routes/public';
import { createAssessmentScoreRoutes } from './routes/assessment-scores';
import { createResponsibilityRoutes } from './routes/responsibilities';
import { createTrendRoutes } from './routes/trends';
import { createPriorityRoutes } from './routes/priorities';
import { createReadinessRoutes, createSanitaryUnitRoutes } from './routes/assessment-readiness';
import { createDengueRoutes } from './routes/dengue';
import {
	createPatrolCoverageRoutes,
	createScorecardRoutes,
	createVolunteerRoutes
} from './routes/patrol-reports';
import { sharedWorkerPool, type WorkerPool } from './workers/worker-pool';

export interface AppOptions {
	db: Database;
	version: string;
	/** Folder of the built web app (dist/web); omitted in API-only tests. */
	webRoot?: string;
	/** SANIMAP_SERVICE_AREA: imported coordinates must fall inside it (design.md §3). */
	serviceArea?: Bbox | null;
	/** Host names the server answers to (DNS-rebinding guard); omitted in API-only tests. */
	allowedHosts?: ReadonlySet<string>;
	/** Refuses new requests and closes keep-alive sockets once the process begins to stop. */
	shutdownGate?: ShutdownGate;
	/** The clock case deadlines, overdue and due-soon are judged against; tests pin it. */
	now?: () => Date;
	/** Worker threads for plans, imports and emerging hot spots; the process's shared pool by default. */
	heavyWork?: WorkerPool;
	/** Sign-in state (throttle, setup token, clock, Secure cookie); a fresh one by default. */
	auth?: AuthState | AuthOptions;
	/**
	 * Folder of the case photos (photoFolderBeside(SANIMAP_DB)); omitted in API tests that use
	 * none, where every photo id is unknown.
	 */
	photosDir?: string;
}

/** A multipart report, case action or frontage check (the phone page): photos, not JSON. */
const isCasePhotoForm = (c: Context) =>
	c.req.method === 'POST' &&
	(/^\/api\/cases(\/[^/]+\/actions)?\/?$/.test(c.req.path) ||
		/^\/api\/frontage\/[^/]+\/checks\/?$/.test(c.req.path)) &&
	/^multipart\/form-data\b/i.test(c.req.header('content-type') ?? '');

/** The pledge scan of a registry row (issue 15 item 1): a photo, under photoFormBodyLimit(). */
const isRegistryScan = (c: Context) =>
	c.req.method === 'POST' && /^\/api\/responsibilities\/[^/]+\/scan\/?$/.test(c.req.path);

/** Builds the Hono app: API routes, one error path, and the built dashboard. */
export function createApp(options: AppOptions) {
	const { db, version, webRoot, serviceArea = null, allowedHosts, shutdownGate, now } = options;
	const clock = now ?? (() => new Date());
	const photosDir = options.photosDir ?? null;
	const work = options.heavyWork ?? sharedWorkerPool();
	const auth = options.auth instanceof AuthState ? options.auth : new AuthState(options.auth);
	const app = new Hono()
		.use(shutdownGate ? shutdownGate.middleware() : (_c, next) => next())
		.use(hostAllowList(allowedHosts), securityHeaders(), compression())
		// Imports take files up to their own upload limit (routes/imports.ts); a case report or
		// action with photos, and a resident's report, take photoFormBodyLimit() (routes/cases.ts,
		// routes/public.ts).
		.use(
			except(
				['/api/import/*', '/api/public/reports', isCasePhotoForm, isRegistryScan],
				jsonBodyLimit()
			)
		)
		// Who is calling and whether the permission table lets them (contract/permissions.ts).
		.use(authenticate(db, auth))
		.route('/api/health', createHealthRoutes(db, version))
		.route('/api/auth', createAuthRoutes(db, auth))
		.route('/api/auth', createOwnAccountRoutes(db, auth))
		.route('/api/users', createUserDirectoryRoutes(db))
		.route('/api/admin', createAdminUserRoutes(db, auth))
		.route('/api/layers', createLayerRoutes(db, now))
		.route('/api/density', createDensityRoutes(db))
		.route('/api/catalogues', createCatalogueRoutes(db))
		.route('/api/campaigns', createCampaignRoutes(db))
		.route('/api/compare', createCompareRoutes(db))
		.route('/api/overview', createOverviewRoutes(db, now))
		.route('/api/notifications', createNotificationRoutes(db, now))
		.route('/api', createTrendRoutes(db))
		.route('/api/hotspots/emerging', createEmergingRoutes(db, work))
		.route('/api/hotspots', createHotspotRoutes(db))
		.route('/api/priorities', createPriorityRoutes(db))
		.route('/api/import', createImportRoutes(db, serviceArea, work))
		.route('/api/export', createExportRoutes(db))
		.route('/api/admin/audit', createAdminAuditRoutes(db))
		.route('/ogc', createOgcRoutes(db, version, now))
		.route('/api/routes', createRouteRoutes(db, work, now))
		.route('/api/photos', createPhotoRoutes(photosDir))
		.route('/api/cases', createCaseRoutes(db, now, photosDir))
		.route('/api/referrals', createReferralRoutes(db))
		.route('/api/public', createPublicRoutes(db, photosDir, now))
		// Coverage before the patrols themselves: /api/patrols/coverage is not a patrol id.
		.route('/api/patrols', createPatrolCoverageRoutes(db, clock))
		.route('/api/patrols', createPatrolRoutes(db, now))
		.route('/api/frontage', createFrontageCheckRoutes(db, now, photosDir))

		.route('/api/frontage', createFrontageRoutes(db, now))
		.route('/api/calendar', createCalendarRoutes(db))
		.route('/api/admin/settings', createAdminSettingsRoutes(db))
		.route('/api/scorecards', createScorecardRoutes(db, clock))
		.route('/api/volunteer-activities', createVolunteerRoutes(db, clock, photosDir))

		.route('/api/responsibilities', createResponsibilityRoutes(db, now, photosDir))
		// Issue 16 lane D: 迎检 readiness and 创建卫生单位.
		.route('/api/assessment/readiness', createReadinessRoutes(db, now))
		.route('/api/sanitary-units', createSanitaryUnitRoutes(db, now))

		// Issue 16 lane C: scores, rankings, reward rules and the ledger.
		.route('/api/assessment', createAssessmentScoreRoutes(db, clock))

		.route('/api/key-groups', createKeyGroupRoutes(db))

		// Issue 16 lane B: 环卫考核 inspections and the deduction catalogue.
		.route('/api/inspections', createInspectionRoutes(db, now, photosDir))
		.route('/api/deduction-items', createDeductionItemRoutes(db))
		// Issue 17 lane B: the dengue-season week.
		.route('/api/dengue', createDengueRoutes(db, now))

		// Issue 17 lane D: control facilities and standing targets.
		.route('/api/facilities', createFacilityRoutes(db, clock))
		.route('/api/standing-targets', createStandingTargetRoutes(db, clock))
		.route('/api', createMetaRoutes(db));

	app.onError(handleError);
	app.notFound((c) =>
		c.json(errorBody('not_found', `no such resource: ${c.req.method} ${excerpt(c.req.path)}`), 404)
	);
	if (webRoot) {
		app.use('/*', staticCache(), serveStatic({ root: webRoot }));
		// Client-side routes (e.g. /routes/team-1) get the app shell; /api and /ogc stay JSON.
		app.get('/*', async (c, next) => {
			if (/^\/(api|ogc)(\/|$)/.test(c.req.path)) return next();
			return serveStatic({ path: join(webRoot, 'index.html') })(c, next);
		});
	}
	return app;
}
