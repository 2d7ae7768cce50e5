import { describe, expect, it } from 'vitest';
import { hexToRgba, PEST_COLORS, POI_COLORS } from '../../../../web/src/map/colors';
import { formatPois, POI_GLYPHS } from '../../../../web/src/map/layers/pois';
import { formatSurveys } from '../../../../web/src/map/layers/surveys';
import { createPoi, createSurvey } from '../../fixtures';

describe('formatSurveys', () => {
	it('colours each survey by its pest', () => {
		const [rat, fly] = formatSurveys([
			createSurvey({ pest: 'rat' }),
			createSurvey({ pest: 'fly' })
		]);
		expect(rat.line.slice(0, 3)).toEqual(hexToRgba(PEST_COLORS.rat).slice(0, 3));
		expect(fly.line.slice(0, 3)).toEqual(hexToRgba(PEST_COLORS.fly).slice(0, 3));
		expect(rat.position).toEqual([113.1, 22.95]);
	});
});

describe('formatPois', () => {
	it('draws point places as badges by kind and leaves water polygons to the basemap', () => {
		const lake = createPoi('w', 'water_body', {
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[1, 0],
					[0, 1],
					[0, 0]
				]
			]
		});
		const points = formatPois([createPoi('m', 'market'), lake, createPoi('s', 'school')]);
		expect(points.map((p) => p.feature.properties.id)).toEqual(['m', 's']);
		expect(points[1].color).toEqual(hexToRgba(POI_COLORS.school));
		expect(points[1].glyph).toBe(POI_GLYPHS['zh-CN'].school);
	});

	it('letters the badges in the reader’s language', () => {
		const points = formatPois([createPoi('t', 'toilet')], 'en');
		expect(points[0].glyph).toBe('WC');
	});
});
