import { createPatrolClient, type ScorecardReport } from '../../api/patrol-client';
import { JsonLoader } from '../../state/json-loader.svelte';
import { previousMonth, shanghaiToday } from './format';

/** The scorecard and notice pages: the month shown (the one just ended by default) and its report. */
export class ScorecardsState {
	month = $state(previousMonth(shanghaiToday()));
	report = new JsonLoader<ScorecardReport>();
	#client = createPatrolClient();

	constructor(month: string | null = null) {
		if (month && /^\d{4}-\d{2}$/.test(month)) this.month = month;
	}

	follow(): void {
		this.report.follow(
			() => (/^\d{4}-\d{2}$/.test(this.month) ? this.month : null),
			(month, signal) => this.#client.scorecards(month, signal)
		);
	}
}
