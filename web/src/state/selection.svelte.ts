import type { Geometry } from 'geojson';
import type { LayerId, LayerPropertiesById } from '../../../server/contract/layers';

/** A feature under the pointer or clicked, with the screen point it was picked at. */
export type PickedFeature = {
	[L in LayerId]: {
		layer: L;
		properties: LayerPropertiesById[L];
		geometry: Geometry | null;
		x: number;
		y: number;
	};
}[LayerId];

/** A feature by layer and id, as a link names it: `blindspots:B00317`. */
export interface FeatureRef {
	layer: LayerId;
	id: string;
}

const LAYER_IDS: readonly LayerId[] = ['zones', 'roads', 'blindspots', 'surveys', 'pois'];
const ID = /^[\w.-]+$/;

export function parseFeatureRef(value: string | null): FeatureRef | null {
	const [layer, id, ...rest] = (value ?? '').split(':');
	return (LAYER_IDS as readonly string[]).includes(layer) && ID.test(id ?? '') && !rest.length
		? { layer: layer as LayerId, id }
		: null;
}

export const serializeFeatureRef = (ref: FeatureRef) => `${ref.layer}:${ref.id}`;

const refOf = (f: PickedFeature): FeatureRef => ({ layer: f.layer, id: String(f.properties.id) });

/**
 * What is hovered (tooltip) and what is selected (details panel). The selection is held as
 * a reference, so a link's `sel` shows its feature once the layer has loaded it.
 */
export class Selection {
	hovered = $state.raw<PickedFeature | null>(null);
	ref = $state.raw<FeatureRef | null>(null);
	#picked = $state.raw<PickedFeature | null>(null);

	/** The selected feature: the one clicked, else the one `ref` names in the loaded data. */
	readonly selected = $derived.by((): PickedFeature | null => {
		const ref = this.ref;
		if (!ref) return null;
		const picked = this.#picked;
		if (picked && picked.layer === ref.layer && String(picked.properties.id) === ref.id)
			return picked;
		return this.find(ref);
	});

	/** `find` looks a reference up in the loaded layers (null while it is not there). */
	constructor(private readonly find: (ref: FeatureRef) => PickedFeature | null = () => null) {}

	hover(feature: PickedFeature | null): void {
		this.hovered = feature;
	}

	select(feature: PickedFeature | null): void {
		this.#picked = feature;
		this.ref = feature && refOf(feature);
	}
}
