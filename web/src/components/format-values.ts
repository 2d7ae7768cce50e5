import type { Lang } from '../state/lang';

const LOCALES: Record<Lang, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/**
 * Formats an ISO date or local date-time (`2024-05-03` or `2024-05-03T09:30:00`, Asia/Shanghai
 * wall time without offset). Read as UTC and printed as UTC, so the browser's zone never shifts it.
 */
export function formatDate(iso: string | null, lang: Lang): string | null {
	if (!iso) return null;
	const hasTime = iso.length > 10;
	const date = new Date(hasTime ? `${iso}Z` : `${iso}T00:00:00Z`);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(LOCALES[lang], {
		timeZone: 'UTC',
		year: 'numeric',
		month: lang === 'en' ? 'short' : '2-digit',
		day: '2-digit',
		...(hasTime ? { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } : {})
	}).format(date);
}

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 1): string {
	return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits }).format(value);
}
