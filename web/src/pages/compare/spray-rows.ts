import type { SprayRound } from '../../api/comparison';
import type { Translate } from '../../i18n';

/** The survey records behind a round's RPI: before → after, treated and control. */
export function surveysText(r: SprayRound, t: Translate): string {
	return t('compare.spray.surveys', {
		tPre: r.pre.treated.surveys,
		tPost: r.post.treated.surveys,
		cPre: r.pre.control.surveys,
		cPost: r.post.control.surveys
	});
}

/**
 * Why a round has no verdict and which window would give it one, in a clerk's words; empty
 * for a judged round. `preDays`/`postDays` are the windows the table used.
 */
export function unjudgedText(r: SprayRound, preDays: number, postDays: number, t: Translate) {
	const u = r.unjudged;
	if (!u) return '';
	const post = u.reason === 'no_post_surveys';
	const params = {
		from: r.from,
		first: u.firstSurvey ?? '—',
		winFrom: u.window[0],
		winTo: u.window[1],
		days: post ? postDays : preDays
	};
	const why = t(`compare.spray.why.${u.reason}`, params);
	if (u.suggestedDays === null) return why;
	const near = post ? 'compare.spray.nearestPost' : 'compare.spray.nearestPre';
	return `${why}${t(near, { n: u.suggestedDays, days: params.days })}`;
}
