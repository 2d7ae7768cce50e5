import { Hono } from 'hono';
import type { Database } from '../db/database';
import { createRouteExportRoutes } from './routes-export';
import { createRoutePlanRoutes } from './routes-plan';
import { createSavedRouteRoutes } from './routes-saved';
import { createRouteTargetRoutes } from './routes-targets';

/** `/api/routes` (issue 5): plan, targets, exports, then saved plans (`/:id` last). */
export function createRouteRoutes(db: Database) {
	return new Hono()
		.route('/', createRoutePlanRoutes(db))
		.route('/', createRouteTargetRoutes(db))
		.route('/', createRouteExportRoutes(db))
		.route('/', createSavedRouteRoutes(db));
}
