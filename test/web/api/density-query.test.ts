import { describe, expect, it } from 'vitest';
import {
	buildDensityExportUrl,
	buildDensityQuery,
	buildDensitySeriesQuery,
	type DensityQueryParams
} from '../../../web/src/api/density-query';

const query = (over: Partial<DensityQueryParams> = {}): DensityQueryParams => ({
	pest: 'mosquito',
	by: 'zone',
	res: 8,
	from: '2025-06-01',
	to: '2025-08-31',
	...over
});

describe('density queries', () => {
	it('sends res only for H3 and leaves open bounds out', () => {
		expect(buildDensityQuery(query())).toBe('pest=mosquito&by=zone&from=2025-06-01&to=2025-08-31');
		expect(buildDensityQuery(query({ by: 'h3', res: 9, from: null, to: null }))).toBe(
			'pest=mosquito&by=h3&res=9'
		);
	});

	it('exports the same query with format and language', () => {
		expect(buildDensityExportUrl(query(), 'xlsx', 'en')).toBe(
			'/api/density/export?pest=mosquito&by=zone&from=2025-06-01&to=2025-08-31&format=xlsx&lang=en'
		);
	});

	it('asks for a unit’s series by pest and id', () => {
		expect(buildDensitySeriesQuery('rat', 'c01-g01')).toBe('pest=rat&unit=c01-g01');
	});
});
