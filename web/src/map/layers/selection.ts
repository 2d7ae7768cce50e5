import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, Geometry } from 'geojson';

/** A dark outline (a ring for points) around the feature whose details are open. */
export function renderSelection(geometry: Geometry | null) {
	const data: Feature[] = geometry ? [{ type: 'Feature', geometry, properties: {} }] : [];
	return new GeoJsonLayer({
		id: 'selection:outline',
		data,
		pickable: false,
		filled: false,
		stroked: true,
		pointType: 'circle',
		pointRadiusUnits: 'pixels',
		lineWidthUnits: 'pixels',
		getPointRadius: 10,
		getLineWidth: 3,
		getLineColor: [26, 26, 26, 230]
	});
}
