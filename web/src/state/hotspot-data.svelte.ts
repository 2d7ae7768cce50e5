import type { KeyGroupList } from '../../../server/contract/key-groups';
import type { LayerCollection } from '../../../server/contract/layers';
import type { ApiClient } from '../api/client';
import type { Pest } from '../api/codes';
import {
	buildHotspotQuery,
	buildPeriodQuery,
	buildPrioritiesUrl,
	buildRoadRankingUrl,
	type HotspotCellList,
	type HotspotProperties,
	type HotspotQueryParams,
	type HotspotWebResponse,
	type SiteHotspotCollection,
	type PriorityResponse,
	type RoadRankingCollection
} from '../api/hotspot-query';
import { resolvePeriod, type DateSpan } from './density-period';
import type { HotspotSettings } from './hotspot-settings.svelte';
import { JsonLoader } from './json-loader.svelte';
import { effectiveRoadTab, type RoadTab } from './road-tab';

/** Places the priority list asks for: a morning's work for a few teams, worst first. */
export const PRIORITY_LIMIT = 30;

/** A cell's properties, or a site's with its id as `h3` and `site` set. */
export type HoveredProperties = HotspotProperties & { site?: string; surveys?: number };

/** A hot-spot cell under the pointer, with the point it was picked at. */
export interface HotspotHover {
	h3: string;
	x: number;
	y: number;
}

export interface HotspotDataOptions {
	/** The data's last survey date, which the period presets count from. */
	lastDate: () => string | null;
	/** A pest's survey methods in catalogue order; the first is used when none is chosen. */
	methodsOf: (pest: Pest) => string[];
}

/** Hot-spot mode's data: Gi* cells, the road ranking and the priority list. */
export class HotspotData {
	readonly cells = new JsonLoader<HotspotWebResponse>();
	readonly roads = new JsonLoader<RoadRankingCollection>();
	readonly priorities = new JsonLoader<PriorityResponse>();
	/** Blind spots of the period, for the heat map (whatever the point layer shows). */
	readonly points = new JsonLoader<LayerCollection<'blindspots'>>();
	hovered = $state.raw<HotspotHover | null>(null);
	priorityOpen = $state(false);
	roadTableOpen = $state(false);
	/** The key groups (issue 16: data, not code), loaded with the ranking table. */
	readonly keyGroups = new JsonLoader<KeyGroupList>();
	/** The tab the user picked (a group's name, or null for all segments); null until then. */
	roadTabChoice = $state.raw<{ tab: RoadTab } | null>(null);
	/** The group names, one ranking tab each, in the admin's order. */
	readonly roadGroups = $derived((this.keyGroups.data?.groups ?? []).map((g) => g.name));
	/** The groups are known (or failed to load): until then the table shows no tab's rows. */
	get roadGroupsKnown(): boolean {
		return !this.api.keyGroups || this.keyGroups.data !== null || this.keyGroups.error !== null;
	}
	/** The ranking table's tab: the chosen group, else the first group, else all segments. */
	readonly roadTab = $derived(effectiveRoadTab(this.roadTabChoice, this.roadGroups));
	/** The cell or road segment the user picked from a list (outlined on the map). */
	highlighted = $state<string | null>(null);

	/** The period both the cells and the lists cover; null until a preset's year is known. */
	readonly span = $derived.by((): DateSpan | null => {
		const s = this.settings;
		return resolvePeriod(s.period, this.options.lastDate(), { from: s.from, to: s.to });
	});

	/** The Gi* query, or null while hot-spot mode is off or the pest has no method yet. */
	readonly query = $derived.by((): HotspotQueryParams | null => {
		const s = this.settings;
		if (!s.on || !this.span) return null;
		const method = s.subject === 'pest' ? (s.method ?? this.options.methodsOf(s.pest)[0]) : null;
		if (s.subject === 'pest' && !method) return null;
		const { subject, pest, res, k, fdr, bandM, nearest } = s;
		const neighbourhood = subject === 'pest' ? s.neighbourhood : 'h3';
		const rest = { res, k, fdr, neighbourhood, bandM, nearest, ...this.span };
		return { subject, pest, method: method ?? null, ...rest };
	});

	/** The loaded cells (grid neighbourhood), as features without geometry; empty while off or showing survey sites. */
	readonly features = $derived.by((): { properties: HotspotProperties }[] => {
		const data = this.query ? this.cells.data : null;
		return data?.meta.neighbourhood === 'h3'
			? (data as HotspotCellList).cells.map((properties) => ({ properties }))
			: [];
	});

	/** The loaded survey sites (distance or nearest-site neighbourhood); empty otherwise. */
	readonly sites = $derived.by((): SiteHotspotCollection['features'] => {
		const data = this.query ? this.cells.data : null;
		return data && data.meta.neighbourhood !== 'h3' ? (data as SiteHotspotCollection).features : [];
	});

	/** The cell or site under the pointer, a site described as a cell named after it. */
	readonly hoveredCell = $derived.by((): { properties: HoveredProperties } | null => {
		const id = this.hovered?.h3;
		if (!id) return null;
		const cell = this.features.find((f) => f.properties.h3 === id);
		if (cell) return cell;
		const site = this.sites.find((f) => f.properties.site === id);
		return site ? { properties: { ...site.properties, h3: id, name: id } } : null;
	});

	constructor(
		private readonly api: Pick<ApiClient, 'hotspots' | 'roadRanking' | 'priorities' | 'layer'> &
			Partial<Pick<ApiClient, 'keyGroups'>>,
		private readonly settings: HotspotSettings,
		private readonly options: HotspotDataOptions
	) {}

	/** True while something the map draws is loading. */
	get busy(): boolean {
		const cells = this.query !== null && (this.cells.loading || this.cells.data === null);
		const roads = this.settings.roads && this.span !== null && this.roads.loading;
		const points = this.settings.kde && this.query !== null && this.points.loading;
		return cells || roads || points;
	}

	/** Starts loading; call inside a component or `$effect.root`. */
	start(): void {
		const cellsQuery = $derived(this.query && buildHotspotQuery(this.query));
		this.cells.follow(
			() => cellsQuery,
			(q, signal) => this.api.hotspots(q, signal)
		);
		const pointsQuery = $derived(
			this.settings.kde && this.query ? buildPeriodQuery(this.query) : null
		);
		this.points.follow(
			() => pointsQuery,
			(q, signal) => this.api.layer('blindspots', q, signal)
		);
		const roadsUrl = $derived(
			(this.settings.roads || this.roadTableOpen) && this.span
				? buildRoadRankingUrl(this.span, 'geojson')
				: null
		);
		this.roads.follow(
			() => roadsUrl,
			(u, signal) => this.api.roadRanking(u, signal)
		);
		const keyGroups = this.api.keyGroups;
		if (keyGroups) {
			this.keyGroups.follow(
				() => (this.roadTableOpen ? '/api/key-groups' : null),
				(_u, signal) => keyGroups(signal)
			);
		}
		const prioritiesUrl = $derived(
			this.priorityOpen && this.span ? buildPrioritiesUrl(this.span, PRIORITY_LIMIT, 'json') : null
		);
		this.priorities.follow(
			() => prioritiesUrl,
			(u, signal) => this.api.priorities(u, signal)
		);
	}
}
