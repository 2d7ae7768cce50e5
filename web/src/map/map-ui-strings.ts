import type { Translate } from '../i18n';

/**
 * MapLibre's own UI text (its `locale` option) in the page's language. `Map.Title` names the
 * canvas, which MapLibre makes a region landmark: each map on a page gets its own name.
 */
export function mapUiStrings(title: string, t: Translate): Record<string, string> {
	return {
		'Map.Title': title,
		'NavigationControl.ZoomIn': t('map.zoomIn'),
		'NavigationControl.ZoomOut': t('map.zoomOut'),
		'ScaleControl.Meters': 'm',
		'ScaleControl.Kilometers': 'km'
	};
}
