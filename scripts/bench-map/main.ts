/**
 * The reference page of `npm run bench:map` (issue 18): the least a MapLibre + deck.gl page
 * does to show SaniMap's zones, roads, blind spots and survey points fetched from the same
 * server (GeoJSON, the API's default form). A blank style, one non-interleaved overlay, four
 * deck.gl layers; `data-map-ready` turns true as SaniMap's does: style loaded, data drawn,
 * map idle, a frame later.
 */
import { MapboxOverlay } from '@deck.gl/mapbox';
import { GeoJsonLayer } from '@deck.gl/layers';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

maplibregl.setWorkerUrl(workerUrl);
const el = document.getElementById('map')!;
const json = async (path: string) => {
	const response = await fetch(path, { credentials: 'same-origin' });
	if (!response.ok) throw new Error(`${path}: ${response.status}`);
	return response.json();
};

const meta = await json('/api/meta');
const [w, s, e, n] = meta.bbox as [number, number, number, number];
const map = new maplibregl.Map({
	container: el,
	style: {
		version: 8,
		sources: {},
		layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#e4e1da' } }]
	},
	bounds: [w, s, e, n],
	fitBoundsOptions: { padding: 20 },
	attributionControl: false
});
const b = map.getBounds();
const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(6));
const layer = (id: string) => json(`/api/layers/${id}?bbox=${bbox.join(',')}`);
let drawnData = false;
let dataFrame = false;
const overlay = new MapboxOverlay({
	interleaved: false,
	layers: [],
	onAfterRender: () => {
		if (drawnData) dataFrame = true;
	}
});
map.addControl(overlay);
const loaded = new Promise((resolve) => map.once('load', resolve));
const [zones, roads, blindspots, surveys] = await Promise.all(
	['zones', 'roads', 'blindspots', 'surveys'].map(layer)
);
overlay.setProps({
	layers: [
		new GeoJsonLayer({
			id: 'zones',
			data: zones,
			filled: true,
			stroked: true,
			getFillColor: [241, 238, 230, 255],
			getLineColor: [120, 120, 120, 200],
			lineWidthUnits: 'pixels',
			getLineWidth: 1
		}),
		new GeoJsonLayer({
			id: 'roads',
			data: roads,
			getLineColor: [255, 255, 255, 255],
			lineWidthUnits: 'pixels',
			getLineWidth: 3
		}),
		new GeoJsonLayer({
			id: 'surveys',
			data: surveys,
			pointType: 'circle',
			pointRadiusUnits: 'pixels',
			getPointRadius: 3,
			getFillColor: [40, 120, 200, 220]
		}),
		new GeoJsonLayer({
			id: 'blindspots',
			data: blindspots,
			pointType: 'circle',
			pointRadiusUnits: 'pixels',
			getPointRadius: 4,
			getFillColor: [220, 60, 40, 230]
		})
	]
});
drawnData = true;
await loaded;
const idle = () => new Promise((resolve) => map.once('idle', resolve));
await (map.loaded() ? Promise.resolve() : idle());
while (!dataFrame) await new Promise((r) => requestAnimationFrame(r));
requestAnimationFrame(() =>
	requestAnimationFrame(() => {
		el.dataset.mapReady = 'true';
	})
);
