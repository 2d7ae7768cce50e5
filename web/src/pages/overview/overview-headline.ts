import type { Translate } from '../../i18n';
import type { LevelKey } from '../../map/colors';

/** Communities/villages surveyed in the season and in the same season last year. */
export interface Surveyed {
	now: number;
	lastYear: number;
}

/**
 * One sentence per pest for leaders: zones failing level C now, and the change against the
 * same season last year ("蚊：不达标社区 5 个，比去年同期多 2 个").
 */
export function overviewHeadline(
	pestName: string,
	nowFail: number,
	lastYearFail: number,
	t: Translate,
	surveyed: Surveyed = { now: 1, lastYear: 1 }
): string {
	// No surveys is missing data: never "fewer failing than last year" (issue 11 item 2).
	if (surveyed.now === 0) return t('overview.headline.noSurveys', { pest: pestName });
	if (surveyed.lastYear === 0) {
		return t('overview.headline.noLastYear', { pest: pestName, n: nowFail });
	}
	const diff = nowFail - lastYearFail;
	const params = { pest: pestName, n: nowFail, diff: Math.abs(diff) };
	if (diff > 0) return t('overview.headline.more', params);
	if (diff < 0) return t('overview.headline.fewer', params);
	return t('overview.headline.same', params);
}

/** ▲ when a count rose, ▼ when it fell, nothing when equal. */
export function trendMark(now: number, before: number): '▲' | '▼' | '' {
	return now > before ? '▲' : now < before ? '▼' : '';
}

/** The mark of one level row: none for "no data" and none when either season had no surveys. */
export function levelTrend(
	level: LevelKey,
	now: number,
	before: number,
	surveyed: Surveyed
): '▲' | '▼' | '' {
	if (level === 'none' || surveyed.now === 0 || surveyed.lastYear === 0) return '';
	return trendMark(now, before);
}
