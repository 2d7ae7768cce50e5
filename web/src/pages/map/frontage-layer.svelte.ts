import { createFrontageClient, type FrontageCollection } from '../../api/frontage-client';
import type { FrontageFeatureProperties } from '../../../../server/contract/frontage';
import { autoLoad, JsonLoader } from '../../state/json-loader.svelte';

/**
 * The map's 门前三包 layer (issue 15 item 2): off until switched on (`?frontage=1` opens the
 * map with it on); when on, the whole ledger the user may read loads once (a town holds a few
 * hundred units, so no bbox), and a clicked unit shows in the details card.
 */
export class FrontageMapLayer {
	on = $state(false);
	selectedId = $state<string | null>(null);
	readonly units = new JsonLoader<FrontageCollection>();

	constructor(initiallyOn: boolean) {
		this.on = initiallyOn;
	}

	get list(): FrontageFeatureProperties[] | null {
		return this.on ? (this.units.data?.features.map((f) => f.properties) ?? []) : null;
	}

	get selected(): FrontageFeatureProperties | null {
		if (!this.on || !this.selectedId) return null;
		return this.units.data?.features.find((f) => f.id === this.selectedId)?.properties ?? null;
	}

	get busy(): boolean {
		return this.on && this.units.loading;
	}

	/** Loads when first switched on; call inside a component. */
	start(client = createFrontageClient()): void {
		autoLoad(
			() => (this.on ? 'on' : null),
			(_, signal) => {
				if (this.units.data === null) void this.units.run((s) => client.list('', s), signal);
			}
		);
	}
}
