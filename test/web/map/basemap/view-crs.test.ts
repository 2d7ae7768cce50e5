import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import {
	toDataBbox,
	toDataLngLat,
	toMapBbox,
	toMapLngLat
} from '../../../../web/src/map/basemap/view-crs';

const FOSHAN: [number, number] = [113.09, 22.96];

describe('the map camera over a GCJ-02 basemap', () => {
	it('sits in GCJ-02, a few hundred metres from the WGS-84 data position', () => {
		const onMap = toMapLngLat('gcj02', FOSHAN);
		const metres = distance(FOSHAN, onMap, { units: 'meters' });
		expect(metres).toBeGreaterThan(200);
		expect(metres).toBeLessThan(1000);
	});

	it('reports the view back in WGS-84, so URLs and data queries never carry GCJ-02', () => {
		const back = toDataLngLat('gcj02', toMapLngLat('gcj02', FOSHAN));
		expect(back[0]).toBeCloseTo(FOSHAN[0], 8);
		expect(back[1]).toBeCloseTo(FOSHAN[1], 8);
		const bbox: [number, number, number, number] = [113.06, 22.93, 113.12, 22.99];
		toDataBbox('gcj02', toMapBbox('gcj02', bbox)).forEach((v, i) =>
			expect(v).toBeCloseTo(bbox[i], 8)
		);
	});

	it('changes nothing over a WGS-84 basemap', () => {
		expect(toMapLngLat('wgs84', FOSHAN)).toBe(FOSHAN);
		expect(toDataLngLat('wgs84', FOSHAN)).toBe(FOSHAN);
	});
});
