import type { Translate } from '../../i18n';

/** Kinds of period the pickers offer; each maps to one id form of the API. */
export const PERIOD_KINDS = ['season', 'year', 'month', 'campaign'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];
export const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;
export type Season = (typeof SEASONS)[number];

/** One choice in a period picker: `id` is what the API takes (`2025-summer`, `campaign:2025-1`). */
export interface PeriodOption {
	id: string;
	kind: PeriodKind;
	year: number;
	season?: Season;
	month?: number;
	name?: string;
}

/** First and last month (`YYYY-MM`) of a season; winter runs December into next February. */
function seasonSpan(year: number, season: Season): [string, string] {
	const start = { spring: 3, summer: 6, autumn: 9, winter: 12 }[season];
	const endYear = season === 'winter' ? year + 1 : year;
	const endMonth = season === 'winter' ? 2 : start + 2;
	return [`${year}-${pad(start)}`, `${endYear}-${pad(endMonth)}`];
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The periods the data covers, newest first within each kind: years, seasons and months that
 * overlap `from..to` (ISO dates), and every campaign window.
 */
export function buildPeriodOptions(
	range: { from: string; to: string },
	campaigns: readonly { id: string; name: string; from: string }[]
): PeriodOption[] {
	const first = Number(range.from.slice(0, 4));
	const last = Number(range.to.slice(0, 4));
	const firstMonth = range.from.slice(0, 7);
	const lastMonth = range.to.slice(0, 7);
	const options: PeriodOption[] = [];
	// The winter that began the December before the first year reaches into it.
	for (let year = last; year >= first - 1; year--) {
		for (const season of [...SEASONS].reverse()) {
			const [start, end] = seasonSpan(year, season);
			if (start <= lastMonth && end >= firstMonth)
				options.push({ id: `${year}-${season}`, kind: 'season', year, season });
		}
	}
	for (let year = last; year >= first; year--) options.push({ id: `${year}`, kind: 'year', year });
	for (let year = last; year >= first; year--) {
		for (let month = 12; month >= 1; month--) {
			const id = `${year}-${pad(month)}`;
			if (id >= firstMonth && id <= lastMonth) options.push({ id, kind: 'month', year, month });
		}
	}
	for (const c of [...campaigns].reverse()) {
		options.push({
			id: `campaign:${c.id}`,
			kind: 'campaign',
			year: Number(c.from.slice(0, 4)),
			name: c.name
		});
	}
	return options;
}

/** The picker's text for a period, in the reader's language. */
export function periodLabel(option: PeriodOption, t: Translate): string {
	switch (option.kind) {
		case 'year':
			return t('compare.period.year', { year: option.year });
		case 'season':
			return t('compare.period.season', {
				year: option.year,
				season: t(`compare.season.${option.season!}`)
			});
		case 'month':
			return t('compare.period.month', { year: option.year, month: option.month! });
		case 'campaign':
			return option.name ?? option.id;
	}
}

/** The kind of a period id, so a picker can open on the right list. */
export function periodKindOf(id: string): PeriodKind {
	if (id.startsWith('campaign:')) return 'campaign';
	if (/^\d{4}$/.test(id)) return 'year';
	if (/^\d{4}-\d{2}$/.test(id)) return 'month';
	return 'season';
}

/**
 * Default comparison: the data's last summer that has begun (B) against the summer before (A).
 * A data set ending in May looks back a year, as density mode's "summer" preset does.
 */
export function defaultPeriods(lastDate: string): { a: string; b: string } {
	const year = Number(lastDate.slice(0, 4));
	const summer = lastDate >= `${year}-06-01` ? year : year - 1;
	return { a: `${summer - 1}-summer`, b: `${summer}-summer` };
}
