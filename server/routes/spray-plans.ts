import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { WorkerPool } from '../workers/worker-pool';
import { createRouteExportRoutes } from './spray-plan-export';
import { createRoutePlanRoutes } from './spray-plan-solve';
import { createSavedRouteRoutes } from './spray-plans-saved';
import { createRouteTargetRoutes } from './spray-plan-targets';

/** `/api/routes` (issue 5): plan, targets, exports, then saved plans (`/:id` last). */
export function createRouteRoutes(db: Database, work: WorkerPool, now?: () => Date) {
	return new Hono()
		.route('/', createRoutePlanRoutes(db, work))
		.route('/', createRouteTargetRoutes(db, now))
		.route('/', createRouteExportRoutes(db))
		.route('/', createSavedRouteRoutes(db, now));
}
