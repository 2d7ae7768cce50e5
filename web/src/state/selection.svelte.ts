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

/** What is hovered (tooltip) and what is selected (details panel). */
export class Selection {
	hovered = $state.raw<PickedFeature | null>(null);
	selected = $state.raw<PickedFeature | null>(null);

	hover(feature: PickedFeature | null): void {
		this.hovered = feature;
	}

	select(feature: PickedFeature | null): void {
		this.selected = feature;
	}
}
