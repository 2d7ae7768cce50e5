import { createPatrolClient, type CoverageView, type VolunteerList } from '../../api/patrol-client';
import { JsonLoader } from '../../state/json-loader.svelte';
import { shanghaiToday, shiftDay } from './format';

/** The patrol coverage page: its period, date, and the coverage and volunteer data it shows. */
export class PatrolsState {
	period = $state<'day' | 'week'>('week');
	date = $state(shanghaiToday());
	coverage = new JsonLoader<CoverageView>();
	volunteers = new JsonLoader<VolunteerList>();
	#client = createPatrolClient();

	/** Start loading; call inside a component. */
	follow(): void {
		this.coverage.follow(
			() => `${this.period}|${this.date}`,
			(_, signal) => this.#client.coverage(this.period, this.date, signal)
		);
		this.volunteers.follow(
			() => this.date,
			(date, signal) => this.#client.volunteers(shiftDay(date, -89), date, signal)
		);
	}
}
