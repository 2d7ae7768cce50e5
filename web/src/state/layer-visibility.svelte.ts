/** The layers a user can switch, in panel (and drawing) order. */
export const TOGGLE_LAYER_IDS = [
	'zones',
	'roads',
	'keyRoads',
	'surveys',
	'blindspots',
	'pois',
	'labels'
] as const;
export type ToggleLayerId = (typeof TOGGLE_LAYER_IDS)[number];

/** Every layer starts visible. */
export const DEFAULT_VISIBLE_LAYERS: readonly ToggleLayerId[] = TOGGLE_LAYER_IDS;

export function isToggleLayerId(value: string): value is ToggleLayerId {
	return (TOGGLE_LAYER_IDS as readonly string[]).includes(value);
}

/** Which map layers are switched on. */
export class LayerVisibility {
	#visible = $state<ToggleLayerId[]>([...DEFAULT_VISIBLE_LAYERS]);

	/** Visible layers in canonical order. */
	get list(): ToggleLayerId[] {
		return TOGGLE_LAYER_IDS.filter((id) => this.#visible.includes(id));
	}

	get isDefault(): boolean {
		return this.list.length === DEFAULT_VISIBLE_LAYERS.length;
	}

	has(id: ToggleLayerId): boolean {
		return this.#visible.includes(id);
	}

	toggle(id: ToggleLayerId, on = !this.has(id)): void {
		this.#visible = on
			? [...this.list.filter((x) => x !== id), id]
			: this.list.filter((x) => x !== id);
	}

	assign(ids: readonly ToggleLayerId[]): void {
		this.#visible = TOGGLE_LAYER_IDS.filter((id) => ids.includes(id));
	}
}
