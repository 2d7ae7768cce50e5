import type { scaleLayersZhCN } from './scale-layers-zh-cn';

/** Map layers in compact form (issue 18 lane C). */
export const scaleLayersEn: Record<keyof typeof scaleLayersZhCN, string> = {
	'scale.layers.sampled':
		'{layer}: too many points; showing a sample of {n} / {total} spread over the area. Zoom in to see them all',
	'scale.layers.cells':
		'{layer}: {total} points summarised in hexagon cells. Zoom in to see points',
	'scale.layers.cellCount': '{n} points'
};
