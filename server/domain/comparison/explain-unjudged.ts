import type { RoundEffect, RoundUnjudged } from '../../contract/comparison';

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
	Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * Why a round has no RPI, and which window would give it one (issue 11 item 16). `nearest`
 * holds the treated and control zones' last survey before the round (when its pre window is
 * empty) or first after it (when the post window is), so `suggestedDays` is the smallest
 * `preDays`/`postDays` that takes both in, if that is within `maxDays`.
 */
export function explainUnjudged(input: {
	round: { from: string; to: string };
	pre: RoundEffect['pre'];
	post: RoundEffect['post'];
	controls: readonly string[];
	/** First survey of the method in the round's year, anywhere in the town. */
	firstSurvey: string | null;
	nearest: { treated: string | null; control: string | null };
	maxDays: number;
}): RoundUnjudged | null {
	const { round, pre, post, firstSurvey, nearest } = input;
	const suggest = (days: (d: string) => number) => {
		if (nearest.treated === null || nearest.control === null) return null;
		const n = Math.max(days(nearest.treated), days(nearest.control));
		return n <= input.maxDays ? n : null;
	};
	if (!input.controls.length) {
		return { reason: 'no_controls', firstSurvey, window: pre.window, suggestedDays: null };
	}
	if (pre.treated.value === null || pre.control.value === null) {
		const before = firstSurvey === null || round.from < firstSurvey;
		return {
			reason: before ? 'before_first_survey' : 'no_pre_surveys',
			firstSurvey,
			window: pre.window,
			suggestedDays: suggest((d) => daysBetween(d, round.from))
		};
	}
	if (post.treated.value === null || post.control.value === null) {
		return {
			reason: 'no_post_surveys',
			firstSurvey,
			window: post.window,
			suggestedDays: suggest((d) => daysBetween(round.to, d))
		};
	}
	if (pre.treated.value === 0 || post.control.value === 0) {
		return { reason: 'zero_baseline', firstSurvey, window: pre.window, suggestedDays: null };
	}
	return null;
}
