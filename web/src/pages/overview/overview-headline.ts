import type { Translate } from '../../i18n';

/**
 * One sentence per pest for leaders: zones failing level C now, and the change against the
 * same season last year ("蚊：不达标社区 5 个，比去年同期多 2 个").
 */
export function overviewHeadline(
	pestName: string,
	nowFail: number,
	lastYearFail: number,
	t: Translate
): string {
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
