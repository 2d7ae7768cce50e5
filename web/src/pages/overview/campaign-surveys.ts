import type { RoundSurveys } from '../../api/comparison';
import type { Translate } from '../../i18n';

/**
 * The survey records a campaign's RPI rests on (issue 11 item 16): the total, then before →
 * after in treated and control zones, so a leader weighs a verdict by what is behind it.
 */
export function campaignSurveysText(s: RoundSurveys, t: Translate): string {
	const n = s.pre.treated + s.pre.control + s.post.treated + s.post.control;
	if (n === 0) return t('overview.campaignNoSurveys');
	return t('overview.campaignSurveys', {
		n,
		tPre: s.pre.treated,
		tPost: s.post.treated,
		cPre: s.pre.control,
		cPost: s.post.control
	});
}
