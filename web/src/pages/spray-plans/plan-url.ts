import { PESTS } from '../../api/codes';
import type { PageUrlBinding } from '../../state/page-url-sync.svelte';
import { oneOf, unlessDefault } from '../../state/url-params';
import type { PlanForm } from './plan-form.svelte';
import { PLAN_SOURCES } from './plan-request';

/** An ISO week as /pest/dengue links it (`2025-W36`). */
const ISO_WEEK = /^\d{4}-W\d{2}$/;

/** What the planner opens on; the URL carries only what differs (style.md §4). */
export const DEFAULT_PLAN_FILTERS = {
	source: 'blindspots_open',
	level: 'FAIL',
	pest: 'mosquito'
} as const;

/**
 * The planner's stop filters in the URL: `source`, and for failing survey sites `level` and
 * `pest` (`/routes?source=survey_sites&pest=fly`), and for the dengue targets `week`
 * (`/routes?source=dengue&week=2025-W36`, from /pest/dengue); `campaign` opens on a campaign's
 * untreated targets (issue 17, `/routes?campaign=2025-3`). Teams, ticks and the drawn area stay out:
 * they are the sender's work in progress, not a view.
 */
export function planUrlBinding(form: PlanForm): PageUrlBinding {
	return {
		keys: ['source', 'level', 'pest', 'week', 'campaign'],
		toParams: () => ({
			source: unlessDefault(form.source, DEFAULT_PLAN_FILTERS.source),
			level: unlessDefault(form.level, DEFAULT_PLAN_FILTERS.level),
			pest: unlessDefault(form.pest, DEFAULT_PLAN_FILTERS.pest),
			week: form.source === 'dengue' ? form.week : null,
			campaign: unlessDefault(form.campaign, '')
		}),
		fromParams: (p) => {
			form.source = oneOf(p, 'source', PLAN_SOURCES, DEFAULT_PLAN_FILTERS.source);
			form.level = oneOf(p, 'level', ['FAIL', 'C'] as const, DEFAULT_PLAN_FILTERS.level);
			form.pest = oneOf(p, 'pest', PESTS, DEFAULT_PLAN_FILTERS.pest);
			const week = p.get('week');
			form.week = week && ISO_WEEK.test(week) ? week : null;
			form.campaign = (p.get('campaign') ?? '').slice(0, 100);
		}
	};
}
