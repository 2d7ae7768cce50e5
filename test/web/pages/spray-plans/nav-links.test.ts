import { describe, expect, it } from 'vitest';
import { gcj02ToWgs84, wgs84ToBd09, wgs84ToGcj02 } from '../../../../geo/crs';
import { amapMarkerUrl, baiduMarkerUrl } from '../../../../web/src/pages/spray-plans/nav-links';

/** domain.md §7: WGS-84 (116.403988, 39.914266) is BD-09 (116.41661560068297, 39.92196580126834). */
const TIANANMEN = { lng: 116.403988, lat: 39.914266 };
/** A stop of the demo town, in WGS-84 as SaniMap stores it. */
const STOP = { lng: 113.0912, lat: 22.9587 };

describe('navigation links', () => {
	it('opens AMap at the GCJ-02 position with the stop named', () => {
		const url = new URL(amapMarkerUrl(STOP, '积水 · 东湖社区'));
		expect(url.origin + url.pathname).toBe('https://uri.amap.com/marker');
		expect(url.searchParams.get('coordinate')).toBe('gaode');
		expect(url.searchParams.get('name')).toBe('积水 · 东湖社区');
		const [lng, lat] = url.searchParams.get('position')!.split(',').map(Number);
		const [gLng, gLat] = wgs84ToGcj02([STOP.lng, STOP.lat]);
		expect(lng).toBeCloseTo(gLng, 6);
		expect(lat).toBeCloseTo(gLat, 6);
		// Shifted by the GCJ-02 offset (hundreds of metres in Guangdong), not sent as WGS-84.
		expect(Math.abs(lng - STOP.lng)).toBeGreaterThan(0.003);
		const back = gcj02ToWgs84([lng, lat]);
		expect(back[0]).toBeCloseTo(STOP.lng, 5);
		expect(back[1]).toBeCloseTo(STOP.lat, 5);
	});

	it('opens Baidu at the BD-09 position, latitude first, with title and content', () => {
		const url = new URL(baiduMarkerUrl(TIANANMEN, '3 号站', '清除积水'));
		expect(url.origin + url.pathname).toBe('https://api.map.baidu.com/marker');
		expect(url.searchParams.get('coord_type')).toBe('bd09ll');
		expect(url.searchParams.get('output')).toBe('html');
		expect(url.searchParams.get('title')).toBe('3 号站');
		expect(url.searchParams.get('content')).toBe('清除积水');
		const [lat, lng] = url.searchParams.get('location')!.split(',').map(Number);
		expect(lng).toBeCloseTo(116.41661560068297, 6);
		expect(lat).toBeCloseTo(39.92196580126834, 6);
		const [bLng, bLat] = wgs84ToBd09([STOP.lng, STOP.lat]);
		const [sLat, sLng] = new URL(baiduMarkerUrl(STOP, 'a', 'b')).searchParams
			.get('location')!
			.split(',')
			.map(Number);
		expect([sLng, sLat]).toEqual([Number(bLng.toFixed(6)), Number(bLat.toFixed(6))]);
	});
});
