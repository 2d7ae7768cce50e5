import { Hono } from 'hono';
import { planIdParamSchema, routeExportQuerySchema } from '../contract/spray-plans';
import type { Database } from '../db/database';
import { quoteValue } from '../contract/quote';
import { NotFoundError } from '../errors';
import { geojsonWriter, gpxWriter, writeFile, writeTable } from '../format/file-writers';
import { formatRouteGeoJson } from '../format/route-geojson';
import { flattenRouteStops, routeExportColumns } from '../format/route-table';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { readPlanFor } from '../services/spray-plan-access';
import type { AuthEnv } from './http/auth-env';
import { sendFile } from './http/download';
import { validate } from './http/validation';

/** `GET /api/routes/:id/export`: one team's route (or all) as CSV, XLSX, GPX or GeoJSON. */
export function createRouteExportRoutes(db: Database) {
	return new Hono<AuthEnv>().get(
		'/:id/export',
		validate('param', planIdParamSchema),
		validate('query', routeExportQuerySchema),
		async (c) => {
			const { team, format, lang, start } = c.req.valid('query');
			const plan = await readPlanFor(db, c.get('actor'), c.req.valid('param').id);
			const routes = team ? plan.routes.filter((r) => r.teamId === team) : plan.routes;
			if (team && !routes.length)
				throw new NotFoundError(`plan ${plan.id} has no route for team ${quoteValue(team)}`);
			const name = `sanimap-route-${plan.id}${team ? `-${team}` : ''}`;
			if (format === 'gpx')
				return sendFile(c, await writeFile(gpxWriter, { name: plan.name, routes }, name));
			if (format === 'geojson')
				return sendFile(c, await writeFile(geojsonWriter, formatRouteGeoJson(routes), name));
			const labels = EXPORT_LABELS[lang];
			const table = {
				columns: routeExportColumns(labels, start, lang),
				rows: flattenRouteStops(routes),
				sheet: labels.routeSheet
			};
			return sendFile(c, await writeTable(format, table, name));
		}
	);
}
