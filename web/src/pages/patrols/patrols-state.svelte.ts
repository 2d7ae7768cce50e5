import { createPatrolClient, type CoverageView, type VolunteerList } from '../../api/patrol-client';
import { JsonLoader } from '../../state/json-loader.svelte';
import { shanghaiToday, shiftDay } from './format';

/** The patrol coverage page: its period, date, and the coverage and volunteer data it shows. */
export class PatrolsState {
	period = $state<'day' | 'week'>('week');
	date = $state(shanghaiToday());
	coverage = new JsonLoader<CoverageView>();
	volunteers = new JsonLoader<VolunteerList>();
	/** Bumped after an activity is logged, to read the list again. */
	logged = $state(0);
	/** The place of the activity being logged: a click on the page's map. */
	point = $state<[number, number] | null>(null);
	/** What the last save logged, shown above the form. */
	loggedNote = $state('');
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
			() => `${this.date}|${this.logged}`,
			(_, signal) => this.#client.volunteers(shiftDay(this.date, -89), this.date, signal)
		);
	}
}
