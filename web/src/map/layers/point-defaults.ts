/** Props every point layer shares: pixel sizes, outlines and a pale hover highlight. */
export const POINT_LAYER_DEFAULTS = {
	pickable: true,
	autoHighlight: true,
	highlightColor: [255, 255, 255, 110] as number[],
	radiusUnits: 'pixels',
	lineWidthUnits: 'pixels',
	stroked: true
} as const;
