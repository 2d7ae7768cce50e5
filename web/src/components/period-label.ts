import type { Translate } from '../i18n';
import { periodYear, type DensityPeriod } from '../state/density-period';

/**
 * A period preset's name: "今年（2025 年）" once the data's last date is known, "今年" before
 * any data (an empty install), never the raw "{year}" placeholder.
 */
export function presetLabel(period: DensityPeriod, lastDate: string | null, t: Translate): string {
	if (period === 'custom') return t('density.period.custom');
	if (!lastDate) return t(`density.period.${period}.plain`);
	return t(`density.period.${period}`, { year: periodYear(period, lastDate) });
}
