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

	/** Every property of a point drawn from a compact layer (issue 18), once loaded. */
	#details = $state.raw<PickedFeature | null>(null);
	#detailsFor: string | null = null;

	/** The selected feature: the one clicked, else the one `ref` names in the loaded data. */
	readonly selected = $derived.by((): PickedFeature | null => {
		const ref = this.ref;
		if (!ref) return null;
		const picked = this.#picked;
		const base =
			picked && picked.layer === ref.layer && String(picked.properties.id) === ref.id
				? picked
				: this.find(ref);
		if (!base || !(base as { partial?: boolean }).partial) return base;
		// A compact layer's point carries its id and codes only: the rest loads on selection.
		const details = this.#details;
		if (details && details.layer === ref.layer && String(details.properties.id) === ref.id) {
			return { ...details, x: base.x, y: base.y };
		}
		this.#loadDetails(ref);
		return base;
	});

	/**
	 * `find` looks a reference up in the loaded layers (null while it is not there); `details`
	 * loads every property of a feature that came without them.
	 */
	constructor(
		private readonly find: (ref: FeatureRef) => PickedFeature | null = () => null,
		private readonly details: ((ref: FeatureRef) => Promise<PickedFeature | null>) | null = null
	) {}

	#loadDetails(ref: FeatureRef): void {
		const key = serializeFeatureRef(ref);
		if (!this.details || this.#detailsFor === key) return;
		this.#detailsFor = key;
		this.details(ref).then(
			(feature) => {
				if (this.#detailsFor === key) this.#details = feature;
			},
			() => {
				if (this.#detailsFor === key) this.#detailsFor = null;
			}
		);
	}

	hover(feature: PickedFeature | null): void {
		this.hovered = feature;
	}

	select(feature: PickedFeature | null): void {
		this.#picked = feature;
		this.ref = feature && refOf(feature);
	}
}
