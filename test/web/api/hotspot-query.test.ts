import { describe, expect, it } from 'vitest';
import {
	buildHotspotQuery,
	buildPeriodQuery,
	buildPrioritiesUrl,
	buildRoadRankingUrl
} from '../../../web/src/api/hotspot-query';

const base = {
	subject: 'blindspots' as const,
	pest: 'rat' as const,
	method: null,
	res: 9,
	k: 1,
	fdr: false,
	neighbourhood: 'h3' as const,
	bandM: null,
	nearest: 8,
	from: '2025-01-01',
	to: '2025-12-31'
};

describe('hot-spot queries', () => {
	it('sends pest and method only for the pest subject', () => {
		expect(buildHotspotQuery(base)).toBe(
			'subject=blindspots&res=9&k=1&fdr=false&from=2025-01-01&to=2025-12-31&format=cells'
		);
		expect(buildHotspotQuery({ ...base, subject: 'pest', method: 'rat.powder', from: null })).toBe(
			'subject=pest&pest=rat&method=rat.powder&res=9&k=1&fdr=false&to=2025-12-31&format=cells'
		);
	});

	it('sends a site neighbourhood only for surveys, with the band or the nearest count (issue 17)', () => {
		const pest = { ...base, subject: 'pest' as const, method: 'mosquito.light_trap', from: null };
		expect(buildHotspotQuery({ ...pest, neighbourhood: 'distance' })).toBe(
			'subject=pest&pest=rat&method=mosquito.light_trap&res=9&k=1&fdr=false&neighbourhood=distance&to=2025-12-31'
		);
		expect(buildHotspotQuery({ ...pest, neighbourhood: 'distance', bandM: 2500 })).toContain(
			'neighbourhood=distance&bandM=2500'
		);
		expect(buildHotspotQuery({ ...pest, neighbourhood: 'knn', nearest: 6 })).toContain(
			'neighbourhood=knn&nearest=6'
		);
		expect(buildHotspotQuery({ ...base, neighbourhood: 'distance' })).not.toContain(
			'neighbourhood'
		);
	});

	it('asks for the period alone for the heat map points', () => {
		expect(buildPeriodQuery(base)).toBe('from=2025-01-01&to=2025-12-31');
		expect(buildPeriodQuery({ from: null, to: null })).toBe('');
	});

	it('builds the road ranking for the map and its downloads', () => {
		const span = { from: '2025-01-01', to: null };
		expect(buildRoadRankingUrl(span, 'geojson')).toBe(
			'/api/hotspots/roads?from=2025-01-01&format=geojson'
		);
		expect(buildRoadRankingUrl(span, 'xlsx', { keyGroup: '十路一区', lang: 'en' })).toBe(
			'/api/hotspots/roads?from=2025-01-01&keyGroup=%E5%8D%81%E8%B7%AF%E4%B8%80%E5%8C%BA&format=xlsx&lang=en'
		);
	});

	it('builds the priority list and its downloads', () => {
		const span = { from: null, to: '2025-12-31' };
		expect(buildPrioritiesUrl(span, 30, 'json')).toBe(
			'/api/priorities?to=2025-12-31&limit=30&format=json'
		);
		expect(buildPrioritiesUrl(span, 30, 'csv', 'zh-CN')).toBe(
			'/api/priorities?to=2025-12-31&limit=30&format=csv&lang=zh-CN'
		);
	});
});
