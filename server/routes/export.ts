import { Hono } from 'hono';
import { layerExportQuerySchema } from '../contract/exports';
import type { Database } from '../db/database';
import { geojsonWriter, writeFile, writeTable } from '../format/file-writers';
import { flattenFeatures, LAYER_SHEETS, layerExportColumns } from '../format/layer-export';
import { EXPORT_LABELS } from '../i18n/export-labels';
import { areaOf } from '../services/area-scope';
import { loadLayerExport } from '../services/layers';
import type { AuthEnv } from './http/auth-env';
import { sendFile } from './http/download';
import { parseLayerId } from './http/params';
import { validate } from './http/validation';

/** `GET /api/export/{layer}?format=geojson|csv|xlsx&lang=`: a layer with the /api/layers filters, as a file. */
export function createExportRoutes(db: Database) {
	return new Hono<AuthEnv>().get(
		'/:layer',
		validate('query', layerExportQuerySchema),
		async (c) => {
			const layer = parseLayerId(c.req.param('layer'));
			const { format, lang, ...filters } = c.req.valid('query');
			const area = areaOf(c.get('actor'));
			const { geojson, collection } = await loadLayerExport(db, layer, filters, area);
			const name = `sanimap-${layer}`;
			if (format === 'geojson') return sendFile(c, await writeFile(geojsonWriter, geojson, name));
			const labels = EXPORT_LABELS[lang];
			const table = {
				columns: layerExportColumns(layer, labels),
				rows: flattenFeatures(collection),
				sheet: labels[LAYER_SHEETS[layer]]
			};
			return sendFile(c, await writeTable(format, table, name));
		}
	);
}
