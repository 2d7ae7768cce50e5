import type { CampaignWindow } from './parse-period';

/**
 * Campaign windows implied by spray events that name a campaign: from the first to the last
 * event day. Ids are `<year>-<n>`, n counting the year's campaigns by start date, so they
 * stay the same whenever the same events are loaded.
 */
export function deriveCampaigns(
	events: readonly { campaign: string | null; startedAt: string }[]
): CampaignWindow[] {
	const spans = new Map<string, { from: string; to: string }>();
	for (const e of events) {
		if (!e.campaign) continue;
		const day = e.startedAt.slice(0, 10);
		const span = spans.get(e.campaign);
		spans.set(
			e.campaign,
			span
				? { from: day < span.from ? day : span.from, to: day > span.to ? day : span.to }
				: { from: day, to: day }
		);
	}
	const sorted = [...spans].sort(
		([na, a], [nb, b]) => a.from.localeCompare(b.from) || na.localeCompare(nb)
	);
	const perYear = new Map<string, number>();
	return sorted.map(([name, { from, to }]) => {
		const year = from.slice(0, 4);
		const n = (perYear.get(year) ?? 0) + 1;
		perYear.set(year, n);
		return { id: `${year}-${n}`, name, from, to };
	});
}
