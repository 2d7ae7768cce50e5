import { describe, expect, it } from 'vitest';
import type { DensitySeriesResponse } from '../../../server/contract/density';
import {
	buildDensityChart,
	DENSITY_CHART_SIZE,
	mainChartMethod,
	monthIndex,
	niceStep
} from '../../../web/src/components/density-chart';
import { createCatalogues, createDensityUnit } from '../fixtures';

const ROUTE = 'mosquito.route_index';
const TRAP = 'mosquito.light_trap';

/** A series over 2023–2025 with a value per `[month, method, value]`. */
function createSeries(entries: [string, string, number][]): DensitySeriesResponse {
	const months = [...new Set(entries.map(([m]) => m))].sort();
	return {
		pest: 'mosquito',
		unit: { id: 'c01', name: '新街社区', kind: 'community' },
		from: '2023-01-01',
		to: '2025-12-31',
		months: months.map((month) => ({
			month,
			level: null,
			indicators: createDensityUnit(
				month,
				null,
				entries.filter(([m]) => m === month).map(([, method, v]) => [method, v, null])
			).indicators
		}))
	};
}

const thresholds = () => createCatalogues().controlThresholds;

describe('niceStep', () => {
	it.each([
		[0.92, 0.2],
		[1, 0.2],
		[3.2, 1],
		[7, 2],
		[40, 10],
		[0, 1]
	])('max %f gives step %f', (max, step) => {
		expect(niceStep(max)).toBeCloseTo(step, 10);
	});
});

describe('buildDensityChart', () => {
	const series = () =>
		createSeries([
			['2023-06', ROUTE, 0.4],
			['2023-07', ROUTE, 1.2],
			['2023-08', ROUTE, 0.6],
			['2024-07', ROUTE, 0.3],
			['2025-12', ROUTE, 0.2],
			['2024-07', TRAP, 20]
		]);

	it('scales x over the whole window and y from 0 to a round max above the data', () => {
		const chart = buildDensityChart(series(), ROUTE, thresholds());
		const { plot } = chart;
		expect(plot.left).toBe(DENSITY_CHART_SIZE.margin.left);
		expect(chart.yMax).toBeCloseTo(1.2, 10);
		const dec2025 = chart.points.at(-1)!;
		expect(dec2025.x).toBe(plot.right);
		const jul2023 = chart.points[1];
		expect(jul2023.y).toBe(plot.top);
		expect(chart.points.map((p) => p.month)).toEqual([
			'2023-06',
			'2023-07',
			'2023-08',
			'2024-07',
			'2025-12'
		]);
	});

	it('joins consecutive months and starts a new segment after a gap', () => {
		const { path } = buildDensityChart(series(), ROUTE, thresholds());
		expect(path.match(/[ML]/g)).toEqual(['M', 'L', 'L', 'M', 'M']);
	});

	it('draws the A, B and C limits where their values fall, keeping C in view', () => {
		const low = createSeries([['2024-07', ROUTE, 0.05]]);
		const chart = buildDensityChart(low, ROUTE, thresholds());
		expect(chart.limits.map((l) => [l.level, l.value])).toEqual([
			['A', 0.1],
			['B', 0.5],
			['C', 0.8]
		]);
		expect(chart.yMax).toBeGreaterThanOrEqual(0.8 * 1.15);
		const { plot, yMax } = chart;
		const c = chart.limits[2];
		expect(c.y).toBeCloseTo(plot.bottom - (0.8 / yMax) * (plot.bottom - plot.top), 0);
		expect(c.y).toBeGreaterThan(plot.top);
	});

	it('has no limit lines for a method without limits', () => {
		expect(buildDensityChart(series(), TRAP, thresholds()).limits).toEqual([]);
	});

	it('ticks each January with its year, labelled mid-year, and y from 0 by the step', () => {
		const chart = buildDensityChart(series(), ROUTE, thresholds());
		expect(chart.xTicks.map((t) => t.year)).toEqual([2023, 2024, 2025]);
		expect(chart.xTicks[0].x).toBe(chart.plot.left);
		expect(chart.xTicks[0].labelX).toBeGreaterThan(chart.xTicks[0].x);
		expect(chart.xTicks[0].labelX).toBeLessThan(chart.xTicks[1].x);
		expect(chart.yTicks.map((t) => t.value)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1, 1.2]);
		expect(chart.yTicks[0].y).toBe(chart.plot.bottom);
	});

	it('draws nothing for a method without values', () => {
		const chart = buildDensityChart(series(), 'mosquito.landing', thresholds());
		expect(chart.path).toBe('');
		expect(chart.points).toEqual([]);
	});
});

describe('mainChartMethod', () => {
	it('prefers a graded method even when an ungraded one has more months', () => {
		const s = createSeries([
			['2024-06', TRAP, 3],
			['2024-07', TRAP, 4],
			['2024-07', ROUTE, 0.2]
		]);
		expect(mainChartMethod(s.months, thresholds(), [TRAP, ROUTE])).toBe(ROUTE);
	});

	it('falls back to the method with the most months, then none', () => {
		const s = createSeries([['2024-06', TRAP, 3]]);
		expect(mainChartMethod(s.months, [], [TRAP])).toBe(TRAP);
		expect(mainChartMethod([], thresholds(), [])).toBeNull();
	});
});

describe('monthIndex', () => {
	it('makes months subtract across years', () => {
		expect(monthIndex('2025-01') - monthIndex('2024-12')).toBe(1);
		expect(monthIndex('2025-06-01')).toBe(monthIndex('2025-06'));
	});
});
