/** The `/api/export/{layer}` contract: the `/api/layers` filters plus file format and language. */
import { z } from 'zod';
import { layerQuerySchema } from './layers';

export const LAYER_EXPORT_FORMATS = ['geojson', 'csv', 'xlsx'] as const;
export type LayerExportFormat = (typeof LAYER_EXPORT_FORMATS)[number];

export const layerExportQuerySchema = layerQuerySchema.safeExtend({
	format: z
		.enum(LAYER_EXPORT_FORMATS, {
			message: `format must be one of ${LAYER_EXPORT_FORMATS.join(', ')}`
		})
		.default('geojson'),
	lang: z.enum(['zh-CN', 'en'], { message: 'lang must be zh-CN or en' }).default('zh-CN')
});
