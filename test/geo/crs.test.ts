import { describe, expect, it } from 'vitest';
import { distance } from '@turf/turf';
import {
	bd09ToGcj02,
	bd09ToWgs84,
	CRS_IDS,
	fromWgs84,
	gcj02ToBd09,
	gcj02ToWgs84,
	isOutsideChina,
	toWgs84,
	wgs84ToBd09,
	wgs84ToGcj02,
	type LngLat
} from '$geo/crs';

const metres = (a: LngLat, b: LngLat) => distance(a, b, { units: 'meters' });

describe('domain.md §7 test vectors', () => {
	it('WGS-84 (116.403988, 39.914266) -> BD-09 (116.41661560068297, 39.92196580126834)', () => {
		const [lng, lat] = wgs84ToBd09([116.403988, 39.914266]);
		expect(lng).toBeCloseTo(116.41661560068297, 12);
		expect(lat).toBeCloseTo(39.92196580126834, 12);
	});

	it('GCJ-02 (123, 45) -> WGS-84 (122.99395597, 44.99804071) within 2e-7 degrees (2 cm)', () => {
		const [lng, lat] = gcj02ToWgs84([123, 45]);
		expect(Math.abs(lng - 122.99395597)).toBeLessThan(2e-7);
		expect(Math.abs(lat - 44.99804071)).toBeLessThan(2e-7);
	});

	it('our inverse maps back onto (123, 45) to 1e-9 degrees; the vector itself is 1.6e-7 off', () => {
		const [lng, lat] = wgs84ToGcj02(gcj02ToWgs84([123, 45]));
		expect(Math.abs(lng - 123)).toBeLessThan(1e-9);
		expect(Math.abs(lat - 45)).toBeLessThan(1e-9);
		const [vLng] = wgs84ToGcj02([122.99395597, 44.99804071]);
		expect(Math.abs(vLng - 123)).toBeGreaterThan(1e-7);
	});

	it('WGS-84 (116.481499, 39.990475) -> GCJ-02 within 0.1 m of AMap (116.487585, 39.991754)', () => {
		expect(metres(wgs84ToGcj02([116.481499, 39.990475]), [116.487585, 39.991754])).toBeLessThan(
			0.1
		);
	});
});

describe('round trips', () => {
	const places: [string, LngLat][] = [
		['Beijing', [116.397, 39.909]],
		['Shenzhen Futian', [114.05, 22.54]],
		['Urumqi', [87.62, 43.83]],
		['Harbin', [126.63, 45.75]],
		['Sanya', [109.51, 18.25]]
	];

	it.each(places)('%s: WGS-84 -> GCJ-02 -> WGS-84 to 1e-9 degrees', (_, p) => {
		const back = gcj02ToWgs84(wgs84ToGcj02(p));
		expect(Math.abs(back[0] - p[0])).toBeLessThan(1e-9);
		expect(Math.abs(back[1] - p[1])).toBeLessThan(1e-9);
	});

	it.each(places)(
		'%s: GCJ-02 -> BD-09 -> GCJ-02 to 1e-6 degrees (BD-09 inverse is closed-form)',
		(_, p) => {
			const back = bd09ToGcj02(gcj02ToBd09(p));
			expect(metres(back, p)).toBeLessThan(0.1);
		}
	);

	it.each(places)('%s: WGS-84 -> BD-09 -> WGS-84 within 1 mm', (_, p) => {
		expect(metres(bd09ToWgs84(wgs84ToBd09(p)), p)).toBeLessThan(0.001);
	});

	it.each(CRS_IDS.map((c) => [c]))('toWgs84(%s) inverts fromWgs84', (crs) => {
		const p: LngLat = [113.0831, 22.9541];
		expect(metres(toWgs84(crs, fromWgs84(crs, p)), p)).toBeLessThan(0.001);
	});
});

describe('offsets and boundaries', () => {
	it('shifts a point in China by a few hundred metres, not more', () => {
		const d = metres(wgs84ToGcj02([114.05, 22.54]), [114.05, 22.54]);
		expect(d).toBeGreaterThan(200);
		expect(d).toBeLessThan(700);
	});

	it('the one-step inverse would be metres off; the iterative one is not', () => {
		const g = wgs84ToGcj02([116.481499, 39.990475]);
		const oneStep = wgs84ToGcj02(g);
		const naive: LngLat = [2 * g[0] - oneStep[0], 2 * g[1] - oneStep[1]];
		expect(metres(naive, [116.481499, 39.990475])).toBeGreaterThan(0.01);
		expect(metres(gcj02ToWgs84(g), [116.481499, 39.990475])).toBeLessThan(1e-4);
	});

	it.each([
		['Chicago', [-87.63, 41.88]],
		['Boston', [-71.06, 42.36]],
		['Null Island', [0, 0]],
		['just west of the box', [72.0, 30]],
		['just north of the box', [100, 55.83]]
	] as [string, LngLat][])('%s is outside China: GCJ-02 is the identity', (_, p) => {
		expect(isOutsideChina(p)).toBe(true);
		expect(wgs84ToGcj02(p)).toEqual(p);
		expect(gcj02ToWgs84(p)).toEqual(p);
	});

	it('CGCS2000 is taken as WGS-84', () => {
		expect(toWgs84('cgcs2000', [113.1, 22.9])).toEqual([113.1, 22.9]);
		expect(fromWgs84('cgcs2000', [113.1, 22.9])).toEqual([113.1, 22.9]);
	});
});
