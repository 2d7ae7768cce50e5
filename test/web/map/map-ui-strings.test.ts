import { describe, expect, it } from 'vitest';
import { Locale } from '../../../web/src/i18n';
import { mapUiStrings } from '../../../web/src/map/map-ui-strings';

describe('mapUiStrings', () => {
	it('names the map canvas after the map and words the zoom buttons in the page language', () => {
		const zh = new Locale();
		expect(mapUiStrings('环境卫生地图 A', zh.t)).toMatchObject({
			'Map.Title': '环境卫生地图 A',
			'NavigationControl.ZoomIn': '放大',
			'NavigationControl.ZoomOut': '缩小'
		});
		const en = new Locale();
		en.lang = 'en';
		expect(mapUiStrings('Sanitation map B', en.t)['NavigationControl.ZoomIn']).toBe('Zoom in');
	});
});
