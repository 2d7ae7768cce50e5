import type { MessageKey } from '../../i18n';

/** A share 0…1 as a percentage with one decimal, or a dash when there is nothing to divide. */
export function pct(share: number | null): string {
	return share === null ? '—' : `${(Math.round(share * 1000) / 10).toFixed(1)}%`;
}

/** A percentage already ×100, one decimal, or a dash. */
export function pct100(value: number | null): string {
	return value === null ? '—' : `${(Math.round(value * 10) / 10).toFixed(1)}%`;
}

const MS_PER_DAY = 86_400_000;

/** Today in Shanghai as YYYY-MM-DD. */
export function shanghaiToday(now = new Date()): string {
	return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The day `days` before or after `date`. */
export function shiftDay(date: string, days: number): string {
	return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The month before the one holding `date`, as YYYY-MM (the 公示 is of the month just ended). */
export function previousMonth(date: string): string {
	const [y, m] = date.split('-').map(Number);
	return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** The community table's columns, the same on the screen and on the printed 公示. */
export const COMMUNITY_SCORE_COLUMNS = [
	'patrols.community',
	'patrols.units',
	'score.checks',
	'score.checkPass',
	'score.lastPass',
	'score.repeat'
] as const satisfies readonly MessageKey[];
