import { describe, expect, it } from 'vitest';
import type { SeriesResponse } from '../../../../web/src/api/comparison';
import { layoutSeries, SERIES_CHART } from '../../../../web/src/pages/compare/series-chart';

type Month = SeriesResponse['months'][number];

function createMonth(year: number, month: number, value: number | null, baseline: number | null) {
	return {
		year,
		month,
		value,
		baseline,
		baselineYears: baseline === null ? [] : [2023, 2024],
		anomalyPct: null
	} as unknown as Month;
}

function createSeries(): SeriesResponse {
	return {
		pest: 'mosquito',
		method: 'mosquito.route_index',
		years: [
			{ year: 2024, peakMonth: 2 },
			{ year: 2025, peakMonth: 3 }
		],
		months: [
			createMonth(2024, 1, 0.2, null),
			createMonth(2024, 2, 0.6, null),
			createMonth(2025, 1, 0.1, 0.2),
			createMonth(2025, 2, null, 0.6),
			createMonth(2025, 3, 0.5, 0.8)
		],
		limits: [
			{ level: 'A', limit: 0.1 },
			{ level: 'C', limit: 1 }
		]
	} as unknown as SeriesResponse;
}

const { width, height, left, right, top, bottom } = SERIES_CHART;

describe('layoutSeries', () => {
	it('scales y from 0 to the largest value or limit plus 10 %', () => {
		const g = layoutSeries(createSeries());
		expect(g.yMax).toBeCloseTo(1.1);
		expect(g.y(0)).toBeCloseTo(height - bottom);
		expect(g.y(g.yMax)).toBeCloseTo(top);
		expect(g.limits.find((l) => l.level === 'C')!.y).toBeCloseTo(g.y(1));
	});

	it('puts January on the left edge and December on the right', () => {
		const g = layoutSeries(createSeries());
		expect(g.x(1)).toBe(left);
		expect(g.x(12)).toBe(width - right);
	});

	it('draws the last year’s baseline through every month that has one, naming its years', () => {
		const g = layoutSeries(createSeries());
		expect(g.baseline?.years).toEqual([2023, 2024]);
		const points = g.baseline!.path.match(/[ML][\d.]+,[\d.]+/g)!;
		expect(points.map((p) => p[0])).toEqual(['M', 'L', 'L']);
		expect(points[2]).toBe(`L${g.x(3).toFixed(1)},${g.y(0.8).toFixed(1)}`);
	});

	it('breaks a year’s line where a month has no value', () => {
		const g = layoutSeries(createSeries());
		const y2025 = g.years.find((y) => y.year === 2025)!;
		expect(y2025.path.match(/M/g)).toHaveLength(2);
		expect(y2025.path).not.toContain('L');
		expect(g.years.find((y) => y.year === 2024)!.path.match(/L/g)).toHaveLength(1);
	});

	it('has no baseline when the last year has none', () => {
		const series = createSeries();
		const noBase = {
			...series,
			months: series.months.map((m) => ({ ...m, baseline: null }))
		} as SeriesResponse;
		expect(layoutSeries(noBase).baseline).toBeNull();
	});
});
