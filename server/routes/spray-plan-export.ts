import { Hono } from 'hono';
import { routeExportQuerySchema } from '../contract/spray-plans';
import type { Database } from '../db/database';
import { NotFoundError } from '../errors';
import { formatRouteGeoJson } from '../format/route-geojson';
import { formatRouteGpx } from '../format/route-gpx';
import { flattenRouteStops, routeExportColumns } from '../format/route-table';
import { EXPORT_CONTENT_TYPES, formatCsv, formatXlsx } from '../format/table-export';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { readPlan } from './spray-plan-store';
import { validate } from './validation';
import { planIdParamSchema } from '../contract/spray-plans';

const CONTENT_TYPES = {
	...EXPORT_CONTENT_TYPES,
	gpx: 'application/gpx+xml; charset=utf-8',
	geojson: 'application/geo+json; charset=utf-8'
};

/** `GET /api/routes/:id/export`: one team's route (or all) as CSV, XLSX, GPX or GeoJSON. */
export function createRouteExportRoutes(db: Database) {
	return new Hono().get(
		'/:id/export',
		validate('param', planIdParamSchema),
		validate('query', routeExportQuerySchema),
		async (c) => {
			const { team, format, lang, start } = c.req.valid('query');
			const plan = await readPlan(db, c.req.valid('param').id);
			const routes = team ? plan.routes.filter((r) => r.teamId === team) : plan.routes;
			if (team && !routes.length)
				throw new NotFoundError(`plan ${plan.id} has no route for team "${team}"`);
			const labels = EXPORT_LABELS[lang];
			const columns = routeExportColumns(labels, start);
			const rows = flattenRouteStops(routes);
			const body =
				format === 'csv'
					? formatCsv(columns, rows)
					: format === 'xlsx'
						? await formatXlsx(columns, rows, labels.routeSheet)
						: format === 'gpx'
							? formatRouteGpx(plan.name, routes)
							: JSON.stringify(formatRouteGeoJson(routes));
			const name = `sanimap-route-${plan.id}${team ? `-${team}` : ''}.${format}`;
			return c.body(body, 200, {
				'content-type': CONTENT_TYPES[format],
				'content-disposition': `attachment; filename="${encodeURIComponent(name)}"`
			});
		}
	);
}
