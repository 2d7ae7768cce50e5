import type {
	DensityResponse,
	DensitySeriesResponse,
	DensityUnitJson
} from '../../../server/contract/density';
import type { ApiClient } from '../api/client';
import {
	buildDensityQuery,
	buildDensitySeriesQuery,
	type DensityQueryParams
} from '../api/density-query';
import { resolvePeriod } from './density-period';
import type { DensitySettings } from './density-settings.svelte';
import { JsonLoader } from './json-loader.svelte';

/** A density unit under the pointer, with the point it was picked at. */
export interface DensityHover {
	id: string;
	x: number;
	y: number;
}

/** Density mode's data: levels per unit, the chosen unit's monthly series, and the table. */
export class DensityData {
	readonly result = new JsonLoader<DensityResponse>();
	readonly series = new JsonLoader<DensitySeriesResponse>();
	selectedId = $state<string | null>(null);
	hovered = $state.raw<DensityHover | null>(null);
	/** The method the user picked for the chart; null means the pest's main graded method. */
	chartMethod = $state<string | null>(null);
	tableOpen = $state(false);

	/** The API query, or null while density mode is off or the period is not yet known. */
	readonly query = $derived.by((): DensityQueryParams | null => {
		const s = this.settings;
		if (!s.on) return null;
		const span = resolvePeriod(s.period, this.lastDate(), { from: s.from, to: s.to });
		return span && { pest: s.pest, by: s.by, res: s.res, ...span };
	});

	readonly units = $derived<DensityUnitJson[]>(this.query ? (this.result.data?.units ?? []) : []);

	readonly selected = $derived(this.units.find((u) => u.id === this.selectedId) ?? null);

	readonly hoveredUnit = $derived(
		this.hovered ? (this.units.find((u) => u.id === this.hovered?.id) ?? null) : null
	);

	constructor(
		private readonly api: Pick<ApiClient, 'density' | 'densitySeries'>,
		private readonly settings: DensitySettings,
		/** The data's last survey date, which the period presets count from. */
		private readonly lastDate: () => string | null
	) {}

	/** True while levels are loading or density mode waits for its first answer. */
	get busy(): boolean {
		return this.query !== null && (this.result.loading || this.result.data === null);
	}

	select(id: string | null): void {
		if (id !== this.selectedId) this.chartMethod = null;
		this.selectedId = id;
	}

	/** Starts loading; call inside a component or `$effect.root`. */
	start(): void {
		const densityQuery = $derived(this.query && buildDensityQuery(this.query));
		this.result.follow(
			() => densityQuery,
			(q, signal) => this.api.density(q, signal)
		);
		// The series endpoint knows zones and grids; an H3 cell has no monthly chart.
		const seriesQuery = $derived(
			this.selected && this.query && this.query.by !== 'h3'
				? buildDensitySeriesQuery(this.query.pest, this.selected.id)
				: null
		);
		this.series.follow(
			() => seriesQuery,
			(q, signal) => this.api.densitySeries(q, signal),
			{ whenNull: 'clear' }
		);
	}
}
