/** The `/api/export/{layer}` contract: the `/api/layers` filters plus file format and language. */
import { formatField, langField } from './fields';
import { layerQuerySchema } from './layers';

export const LAYER_EXPORT_FORMATS = ['geojson', 'csv', 'xlsx'] as const;
export type LayerExportFormat = (typeof LAYER_EXPORT_FORMATS)[number];

export const layerExportQuerySchema = layerQuerySchema.safeExtend({
	format: formatField(LAYER_EXPORT_FORMATS).default('geojson'),
	lang: langField
});
