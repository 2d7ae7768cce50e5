import type { Verdict } from '../api/comparison';
import type { Translate } from '../i18n';

/** Traffic-light tone of a spraying verdict: green effective, amber partial, red none, grey unknown. */
export const VERDICT_TONES: Record<Verdict, 'good' | 'mid' | 'bad' | 'unknown'> = {
	effective: 'good',
	partial: 'mid',
	no_effect: 'bad',
	insufficient_data: 'unknown'
};

/** 有效 / 部分有效 / 无明显效果 / 数据不足. */
export function verdictText(verdict: Verdict, t: Translate): string {
	return t(`compare.verdict.${verdict}`);
}

/** RPI to one decimal, or an em dash when it could not be computed. */
export function formatRpi(rpi: number | null): string {
	return rpi === null || !Number.isFinite(rpi) ? '—' : rpi.toFixed(1);
}
