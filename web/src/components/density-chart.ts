import type { DensitySeriesResponse } from '../../../server/contract/density';
import type { ControlThreshold } from '../api/catalogues';
import { limitsOf } from './describe-density';

type Month = DensitySeriesResponse['months'][number];

export interface ChartSize {
	width: number;
	height: number;
	/** Room for the y tick labels on the left and limit labels on the right. */
	margin: { top: number; right: number; bottom: number; left: number };
}

export const DENSITY_CHART_SIZE: ChartSize = {
	width: 300,
	height: 150,
	margin: { top: 8, right: 34, bottom: 20, left: 34 }
};

export interface ChartPoint {
	month: string;
	value: number;
	x: number;
	y: number;
}

export interface DensityChartModel {
	/** SVG path; a gap of more than one month starts a new segment (no line across winter). */
	path: string;
	points: ChartPoint[];
	yTicks: { y: number; value: number }[];
	/** One tick per January in the window; the year's label sits mid-year (`labelX`). */
	xTicks: { x: number; year: number; labelX: number }[];
	limits: { level: 'A' | 'B' | 'C'; value: number; y: number }[];
	yMax: number;
	plot: { left: number; right: number; top: number; bottom: number };
}

/** Months since year 0 of a `YYYY-MM` or `YYYY-MM-DD`, so months subtract. */
export function monthIndex(date: string): number {
	return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/** The round step (1, 2 or 5 × 10ⁿ) nearest to `max / count`: about `count` ticks up to `max`. */
export function niceStep(max: number, count = 4): number {
	if (!(max > 0)) return 1;
	const raw = max / count;
	const power = 10 ** Math.floor(Math.log10(raw));
	const m = raw / power;
	return (m < 1.5 ? 1 : m < 3 ? 2 : m < 7 ? 5 : 10) * power;
}

/** Months where `method` has a value, oldest first. */
export function methodValues(
	months: readonly Month[],
	method: string
): { month: string; value: number }[] {
	const out: { month: string; value: number }[] = [];
	for (const m of months) {
		const value = m.indicators.find((i) => i.method === method)?.value;
		if (value !== null && value !== undefined) out.push({ month: m.month, value });
	}
	return out;
}

/**
 * The method the chart opens on: among methods with A/B/C limits, the one with the most months
 * of data (catalogue order breaks ties); without graded data, the method with the most months.
 */
export function mainChartMethod(
	months: readonly Month[],
	thresholds: readonly ControlThreshold[],
	catalogueOrder: readonly string[]
): string | null {
	const counts = new Map<string, number>();
	for (const m of months) {
		for (const i of m.indicators) {
			if (i.value !== null) counts.set(i.method, (counts.get(i.method) ?? 0) + 1);
		}
	}
	const rank = (code: string) => {
		const i = catalogueOrder.indexOf(code);
		return i < 0 ? Infinity : i;
	};
	const graded = (code: string) => limitsOf(thresholds, code).length > 0;
	const best = [...counts.keys()].sort(
		(a, b) =>
			Number(graded(b)) - Number(graded(a)) || counts.get(b)! - counts.get(a)! || rank(a) - rank(b)
	);
	return best[0] ?? null;
}

/**
 * Scales a method's monthly values into the chart: x over the window's months, y from 0 to a
 * round maximum that always leaves the C limit in view, and the A/B/C limit lines.
 */
export function buildDensityChart(
	series: Pick<DensitySeriesResponse, 'from' | 'to' | 'months'>,
	method: string,
	thresholds: readonly ControlThreshold[],
	size: ChartSize = DENSITY_CHART_SIZE
): DensityChartModel {
	const values = methodValues(series.months, method);
	const first = monthIndex(series.from ?? values[0]?.month ?? '2000-01');
	const last = Math.max(first + 1, monthIndex(series.to ?? values.at(-1)?.month ?? '2000-12'));
	const plot = {
		left: size.margin.left,
		right: size.width - size.margin.right,
		top: size.margin.top,
		bottom: size.height - size.margin.bottom
	};
	const limitRows = limitsOf(thresholds, method, 'value');
	const dataMax = Math.max(0, ...values.map((v) => v.value));
	const limitMax = Math.max(0, ...limitRows.map((r) => r.limit));
	const step = niceStep(Math.max(dataMax, limitMax * 1.15) || 1);
	const yMax = Math.max(step, Math.ceil(Math.max(dataMax, limitMax * 1.15) / step) * step);
	const x = (month: number) =>
		plot.left + ((month - first) / (last - first)) * (plot.right - plot.left);
	const y = (value: number) => plot.bottom - (value / yMax) * (plot.bottom - plot.top);
	const round = (n: number) => Math.round(n * 10) / 10;

	const points = values.map((v) => ({
		...v,
		x: round(x(monthIndex(v.month))),
		y: round(y(v.value))
	}));
	const path = points
		.map((p, i) => {
			const joined = i > 0 && monthIndex(p.month) - monthIndex(points[i - 1].month) === 1;
			return `${joined ? 'L' : 'M'}${p.x},${p.y}`;
		})
		.join('');
	const yTicks: DensityChartModel['yTicks'] = [];
	for (let v = 0; v <= yMax + step / 1e6; v += step) {
		yTicks.push({ value: Number(v.toPrecision(6)), y: round(y(v)) });
	}
	const xTicks: DensityChartModel['xTicks'] = [];
	for (let m = Math.ceil(first / 12) * 12; m <= last; m += 12) {
		const mid = (m + Math.min(m + 11, last)) / 2;
		xTicks.push({ year: m / 12, x: round(x(m)), labelX: round(x(mid)) });
	}
	const limits = limitRows.map((r) => ({ level: r.level, value: r.limit, y: round(y(r.limit)) }));
	return { path, points, yTicks, xTicks, limits, yMax, plot };
}
