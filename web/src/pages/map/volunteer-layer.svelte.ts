import { createPatrolClient, type VolunteerList } from '../../api/patrol-client';
import type { VolunteerActivityView } from '../../../../server/contract/patrols';
import { autoLoad, JsonLoader } from '../../state/json-loader.svelte';

/** Days of volunteer work the map shows, ending on the data's last day (as /patrols does). */
export const VOLUNTEER_DAYS = 90;

function shiftDay(day: string, days: number): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The map's 志愿活动 layer: off until switched on (`?volunteers=1` opens the map with it on);
 * when on, the 90 days of volunteer work up to `to` load once, and a clicked activity shows in
 * the details card.
 */
export class VolunteerMapLayer {
	on = $state(false);
	selectedId = $state<string | null>(null);
	/** Last day shown (the data's last day); null: the server's today. */
	to = $state<string | null>(null);
	readonly activities = new JsonLoader<VolunteerList>();

	constructor(initiallyOn: boolean) {
		this.on = initiallyOn;
	}

	get list(): VolunteerActivityView[] | null {
		return this.on ? (this.activities.data?.activities ?? []) : null;
	}

	get selected(): VolunteerActivityView | null {
		if (!this.on || !this.selectedId) return null;
		return this.activities.data?.activities.find((a) => a.id === this.selectedId) ?? null;
	}

	get busy(): boolean {
		return this.on && this.activities.loading;
	}

	/** Loads when switched on (again when the last day changes); call inside a component. */
	start(client = createPatrolClient()): void {
		autoLoad(
			() => (this.on ? (this.to ?? 'today') : null),
			(key, signal) => {
				const to = key === 'today' ? new Date().toISOString().slice(0, 10) : key;
				void this.activities.run(
					(s) => client.volunteers(shiftDay(to, -(VOLUNTEER_DAYS - 1)), to, s),
					signal
				);
			}
		);
	}
}
