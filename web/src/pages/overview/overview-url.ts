import type { PageUrlBinding } from '../../state/page-url-sync.svelte';
import { periodParam } from '../../state/url-params';
import type { OverviewState } from './overview-state.svelte';

/** The overview's season in the URL (`/overview?season=2024-summer`); none is the latest. */
export function overviewUrlBinding(page: OverviewState): PageUrlBinding {
	return {
		keys: ['season'],
		toParams: () => ({ season: page.season }),
		fromParams: (p) => {
			const season = periodParam(p, 'season');
			page.season = season && /-(spring|summer|autumn|winter)$/.test(season) ? season : null;
		}
	};
}
