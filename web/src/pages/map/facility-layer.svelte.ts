import {
	createFacilityClient,
	type FacilityList,
	type StandingTargetList
} from '../../api/facility-client';
import type { FacilityView, StandingTargetView } from '../../../../server/contract/facilities';
import type { FacilityHover } from '../../map/layers/facilities';
import { autoLoad, JsonLoader } from '../../state/json-loader.svelte';

/**
 * The map's 防制设施 layer (issue 17 item 5): off until switched on (`?facilities=1` opens the
 * map with it on); when on, every facility in service and every standing target load once (a
 * town holds a few hundred), drawn by kind and state with a tooltip on hover.
 */
export class FacilityMapLayer {
	on = $state(false);
	hover = $state<FacilityHover | null>(null);
	readonly facilities = new JsonLoader<FacilityList>();
	readonly targets = new JsonLoader<StandingTargetList>();

	constructor(initiallyOn: boolean) {
		this.on = initiallyOn;
	}

	get facilityList(): FacilityView[] | null {
		return this.on ? (this.facilities.data?.facilities ?? []) : null;
	}

	get targetList(): StandingTargetView[] | null {
		return this.on ? (this.targets.data?.targets ?? []) : null;
	}

	get busy(): boolean {
		return this.on && (this.facilities.loading || this.targets.loading);
	}

	/** Loads when first switched on; call inside a component. */
	start(client = createFacilityClient()): void {
		autoLoad(
			() => (this.on ? 'on' : null),
			(_, signal) => {
				if (this.facilities.data === null)
					void this.facilities.run((s) => client.list('', s), signal);
				if (this.targets.data === null) void this.targets.run((s) => client.targets('', s), signal);
			},
			() => (this.hover = null)
		);
	}
}
