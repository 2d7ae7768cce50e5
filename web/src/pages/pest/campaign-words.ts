import { ApiError } from '../../api/client';
import type { CampaignTarget } from '../../api/campaign-client';
import {
	campaignStatus,
	type CampaignStatus
} from '../../../../server/contract/campaign-plan-results';
import type { Translate } from '../../i18n';

export { campaignStatus, type CampaignStatus };

/** "12 / 20 (60%)": treated of targets and the share, whole percent; "—" with no targets. */
export function shareText(treated: number, targets: number): string {
	if (!targets) return '—';
	return `${treated} / ${targets} (${Math.round((100 * treated) / targets)}%)`;
}

/** The share as a 0–100 width for a progress bar. */
export const sharePct = (treated: number, targets: number) =>
	targets ? Math.round((1000 * treated) / targets) / 10 : 0;

/** Today as `YYYY-MM-DD` in the browser's (the town's) time zone. */
export function localToday(now = new Date()): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** A refused campaign write in the user's language: the codes this lane's API answers. */
export function campaignErrorText(error: unknown, t: Translate): string {
	if (!(error instanceof ApiError))
		return t('pest.campaigns.error.other', { message: String(error) });
	if (error.code === 'phase_outside_campaign') return t('pest.campaigns.error.outside');
	if (error.code === 'unknown_team') return t('pest.campaigns.error.team');
	if (error.code === 'unknown_phase') return t('pest.campaigns.error.phase');
	if (/from must not be after to/.test(error.message)) return t('pest.campaigns.error.order');
	if (/must not be empty/.test(error.message)) return t('pest.campaigns.error.name');
	if (error.status === 403) return t('pest.campaigns.error.forbidden');
	return t('pest.campaigns.error.other', { message: error.message });
}

/**
 * The route planner pre-filled with a campaign's untreated targets (`/routes?campaign=<id>`);
 * null when every target is treated.
 */
export function remainingPlanPath(
	campaignId: string,
	targets: readonly Pick<CampaignTarget, 'treatedOn'>[]
): string | null {
	if (!targets.some((t) => !t.treatedOn)) return null;
	return `/routes?${new URLSearchParams({ campaign: campaignId })}`;
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Where each phase sits on the campaign's timeline, in percent of its days (both ends
 * included, so a one-day phase of a ten-day campaign is 10 % wide).
 */
export function timelineBars(
	campaign: { from: string; to: string },
	phases: readonly { id: string; from: string; to: string }[]
): { id: string; left: number; width: number }[] {
	const start = dayNumber(campaign.from);
	const days = dayNumber(campaign.to) - start + 1;
	const pct = (v: number) => Math.round((1000 * v) / days) / 10;
	return phases.map((p) => ({
		id: p.id,
		left: pct(dayNumber(p.from) - start),
		width: pct(dayNumber(p.to) - dayNumber(p.from) + 1)
	}));
}
