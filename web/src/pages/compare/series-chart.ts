import type { SeriesResponse } from '../../api/comparison';

/** Drawing area of the series chart in SVG units, margins for the axes included. */
export const SERIES_CHART = { width: 640, height: 240, left: 44, right: 12, top: 12, bottom: 26 };

export interface SeriesGeometry {
	/** One polyline per year, months without data skipped (the line breaks there). */
	years: { year: number; path: string; peakMonth: number | null }[];
	/** The latest year's baseline (mean of the same month in earlier years), dashed. */
	baseline: { path: string; years: number[] } | null;
	limits: { level: string; y: number }[];
	yMax: number;
	x: (month: number) => number;
	y: (value: number) => number;
}

function polyline(points: [number, number][][]): string {
	return points
		.filter((run) => run.length)
		.map((run) =>
			run.map(([x, y], i) => `${i ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`).join('')
		)
		.join('');
}

/** Months 1–12 on x; 0 to the largest value, baseline or limit (plus 10 %) on y. */
export function layoutSeries(series: SeriesResponse): SeriesGeometry {
	const { width, height, left, right, top, bottom } = SERIES_CHART;
	const values = series.months.flatMap((m) => [m.value ?? 0, m.baseline ?? 0]);
	const yMax = Math.max(...values, ...series.limits.map((l) => l.limit), 1e-9) * 1.1;
	const x = (month: number) => left + ((month - 1) / 11) * (width - left - right);
	const y = (value: number) => top + (1 - value / yMax) * (height - top - bottom);
	const runs = (pick: (month: number) => number | null) => {
		const out: [number, number][][] = [[]];
		for (let month = 1; month <= 12; month++) {
			const v = pick(month);
			if (v === null) out.push([]);
			else out[out.length - 1].push([x(month), y(v)]);
		}
		return out;
	};
	const monthOf = (year: number, month: number) =>
		series.months.find((m) => m.year === year && m.month === month);
	const last = series.years.at(-1)?.year;
	const baselineMonths = series.months.filter((m) => m.year === last && m.baseline !== null);
	return {
		years: series.years.map(({ year, peakMonth }) => ({
			year,
			peakMonth,
			path: polyline(runs((month) => monthOf(year, month)?.value ?? null))
		})),
		baseline:
			last !== undefined && baselineMonths.length
				? {
						path: polyline(runs((month) => monthOf(last, month)?.baseline ?? null)),
						years: baselineMonths[0].baselineYears
					}
				: null,
		limits: series.limits.map((l) => ({ level: l.level, y: y(l.limit) })),
		yMax,
		x,
		y
	};
}
