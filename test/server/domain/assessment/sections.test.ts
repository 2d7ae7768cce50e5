import { describe, expect, it } from 'vitest';
import { length } from '@turf/turf';
import type { LineString } from 'geojson';
import {
	parseSectionId,
	sectionLine,
	sectionSpans
} from '../../../../server/domain/assessment/sections';

const spans = (m: number) => sectionSpans('S1', m).map((s) => [s.fromM, s.toM]);

describe('300 m sections (domain.md §6)', () => {
	it('cuts every 300 m; a remainder under 150 m joins the section before it', () => {
		expect(spans(900)).toEqual([
			[0, 300],
			[300, 600],
			[600, 900]
		]);
		// 700 m: 300 + 300 + 100; the 100 m stub joins the second section (300–700).
		expect(spans(700)).toEqual([
			[0, 300],
			[300, 700]
		]);
		// 750 m: the 150 m remainder is half a section, so it stands alone.
		expect(spans(750)).toEqual([
			[0, 300],
			[300, 600],
			[600, 750]
		]);
		// Shorter than a section: one section, the whole segment.
		expect(spans(120)).toEqual([[0, 120]]);
	});

	it('names each section segment#index and reads the name back', () => {
		expect(sectionSpans('R-3', 650).map((s) => s.id)).toEqual(['R-3#0', 'R-3#1']);
		expect(parseSectionId('R-3#1')).toEqual({ segmentId: 'R-3', index: 1 });
		expect(parseSectionId('a#b#2')).toEqual({ segmentId: 'a#b', index: 2 });
		expect(parseSectionId('R-3')).toBeNull();
		expect(parseSectionId('R-3#x')).toBeNull();
	});

	it('draws the section along the segment, as long as its span', () => {
		// Due east along the equator: 0.01° of longitude is 1,111.95 m on turf's sphere.
		const line: LineString = {
			type: 'LineString',
			coordinates: [
				[120, 0],
				[120.01, 0]
			]
		};
		const part = sectionLine(line, { fromM: 300, toM: 600 });
		const m = length({ type: 'Feature', properties: {}, geometry: part }, { units: 'meters' });
		expect(m).toBeCloseTo(300, 3);
		expect(part.coordinates[0][0]).toBeCloseTo(120 + 0.01 * (300 / 1111.95), 6);
	});
});
