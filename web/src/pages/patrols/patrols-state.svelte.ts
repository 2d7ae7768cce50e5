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

	/** `?date=` and `?period=` of a shared link, when valid. */
	constructor(search = '') {
		const params = new URLSearchParams(search);
		const date = params.get('date');
		if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) this.date = date;
		if (params.get('period') === 'day') this.period = 'day';
	}

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
