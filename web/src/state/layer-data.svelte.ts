import type { LayerId } from '../../../server/contract/layers';
import { buildLayerQuery } from '../api/layer-query';
import { COMPACT_LAYERS, type CompactData } from '../api/compact-layer';
import type { Bbox } from '$geo/bbox';
import type { Filters } from './filters.svelte';
import { autoLoad } from './json-loader.svelte';
import { LayerLoader, type FetchLayer } from './layer-loader.svelte';
import type { LayerVisibility } from './layer-visibility.svelte';
import type { MapViewState } from './map-view.svelte';
import { nextQueryBbox } from './query-bbox';
import type { FeatureRef, PickedFeature } from './selection.svelte';

/** Layers the basemap needs too, so they load even when their data layer is switched off. */
const ALWAYS_LOADED: readonly LayerId[] = ['zones', 'roads', 'pois'];

/** All data layers' loaders and the queries that drive them. */
export class LayerData {
	readonly zones: LayerLoader<'zones'>;
	readonly roads: LayerLoader<'roads'>;
	readonly blindspots: LayerLoader<'blindspots'>;
	readonly surveys: LayerLoader<'surveys'>;
	readonly pois: LayerLoader<'pois'>;
	#queryBbox: Bbox | null = null;
	#compact = false;
	/** Bumped after a write on the map: the case layer loads again with the same query. */
	#casesRevision = $state(0);

	/** The padded request bbox; stays put while the view moves inside it. */
	readonly bbox = $derived.by(() => {
		const view = this.view.bounds;
		if (!view) return null;
		this.#queryBbox = nextQueryBbox(this.#queryBbox, view);
		return this.#queryBbox;
	});

	constructor(
		fetchLayer: FetchLayer,
		private readonly filters: Filters,
		private readonly visibility: LayerVisibility,
		private readonly view: MapViewState,
		/** Surveys and blind spots in compact form (Arrow, issue 18); GeoJSON when omitted. */
		fetchCompact?: FetchLayer
	) {
		this.zones = new LayerLoader('zones', fetchLayer);
		this.roads = new LayerLoader('roads', fetchLayer);
		this.blindspots = new LayerLoader('blindspots', fetchCompact ?? fetchLayer);
		this.surveys = new LayerLoader('surveys', fetchCompact ?? fetchLayer);
		this.#compact = fetchCompact !== undefined;
		this.pois = new LayerLoader('pois', fetchLayer);
	}

	get loaders() {
		return [this.zones, this.roads, this.blindspots, this.surveys, this.pois] as const;
	}

	/**
	 * After a dispatch from the map: the cases load again to show their new colours, without
	 * reloading the page (which would drop the "已派遣" message and the view's state).
	 */
	reloadCases(): void {
		this.#casesRevision += 1;
	}

	/** True while any request is in flight or a needed layer has not arrived yet. */
	get busy(): boolean {
		return this.loaders.some(
			(l) => l.loading || (this.#wanted(l.layer) && l.data === null && l.error === null)
		);
	}

	#wanted(layer: LayerId): boolean {
		return ALWAYS_LOADED.includes(layer) || this.visibility.has(layer as 'blindspots' | 'surveys');
	}

	/** Starts loading; each layer refetches only when its own query string changes. */
	start(): void {
		for (const loader of this.loaders) {
			const query = $derived.by(() => {
				if (!this.bbox || !this.#wanted(loader.layer)) return undefined;
				// Compact layers send the zoom: at low zoom and large data they come as H3 cells.
				const zoom =
					this.#compact && COMPACT_LAYERS.includes(loader.layer) ? (this.view.zoom ?? null) : null;
				return buildLayerQuery(loader.layer, this.filters.values, this.bbox, zoom);
			});
			// A null query is a request too: it empties the layer (see LayerLoader.load).
			autoLoad(
				() => {
					if (loader === this.blindspots) void this.#casesRevision;
					return query === undefined ? null : [query];
				},
				([q], signal) => loader.load(q, signal)
			);
		}
	}
}

/** A feature the layers have loaded, as if picked at the map's corner; null when not loaded. */
export function findLoadedFeature(layers: LayerData, ref: FeatureRef): PickedFeature | null {
	const compact = (layers[ref.layer].data as { compact?: CompactData } | null)?.compact;
	if (compact)
		return compactFeature(
			ref.layer,
			compact,
			compact.form === 'points' ? compact.ids.indexOf(ref.id) : -1
		);
	const features = layers[ref.layer].data?.features ?? [];
	const f = (
		features as readonly { properties: { id: unknown }; geometry: PickedFeature['geometry'] }[]
	).find((x) => String(x.properties.id) === ref.id);
	return f ? pickedOf(ref.layer, f) : null;
}

/** A whole feature of `layer` as a picked feature (not placed on the screen). */
function pickedOf(
	layer: LayerId,
	f: { properties: unknown; geometry: PickedFeature['geometry'] }
): PickedFeature {
	return { layer, properties: f.properties, geometry: f.geometry, x: 0, y: 0 } as PickedFeature;
}

/**
 * The point at `index` of a compact layer as a picked feature with the properties it carries
 * (id and codes; `partial`, so the details load on selection); null outside the points.
 */
export function compactFeature(
	layer: LayerId,
	compact: CompactData,
	index: number,
	at: { x: number; y: number } = { x: 0, y: 0 }
): PickedFeature | null {
	if (compact.form !== 'points' || index < 0 || index >= compact.length) return null;
	const properties: Record<string, unknown> = { id: compact.ids[index] };
	for (const [name, column] of Object.entries(compact.codes)) {
		properties[name] = column.values[column.indices[index]!];
	}
	for (const [name, flags] of Object.entries(compact.flags)) properties[name] = flags[index] === 1;
	const coordinates = [compact.positions[2 * index]!, compact.positions[2 * index + 1]!];
	return {
		layer,
		properties,
		geometry: { type: 'Point', coordinates },
		partial: true,
		...at
	} as unknown as PickedFeature;
}

/** Every property of one feature (`?id=`), for a point picked from a compact layer. */
export async function loadFeatureDetails(
	api: { layer: FetchLayer },
	ref: FeatureRef
): Promise<PickedFeature | null> {
	const query = new URLSearchParams({ id: ref.id }).toString();
	const collection = await api.layer(ref.layer, query, new AbortController().signal);
	const f = collection.features[0];
	return f ? pickedOf(ref.layer, f) : null;
}
