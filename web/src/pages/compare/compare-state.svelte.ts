import type { LayerCollection } from '../../../../server/contract/layers';
import type { ApiClient } from '../../api/client';
import type { Pest } from '../../api/codes';
import {
	buildCompareExportUrl,
	buildCompareUrl,
	buildSeriesUrl,
	buildSprayingUrl,
	EMERGING_URL,
	type CampaignsResponse,
	type CompareParams,
	type CompareResponse,
	type EmergingResponse,
	type SeriesResponse,
	type SprayingResponse
} from '../../api/comparison';
import { Dataset } from '../../state/dataset.svelte';
import { autoLoad, JsonLoader } from '../../state/json-loader.svelte';
import { MapViewState } from '../../state/map-view.svelte';
import { formatCompareShapes } from './compare-shapes';
import { buildPeriodOptions, defaultPeriods } from './period-options';
import { viewsDiffer } from './sync-views';
import { valueBreaks } from './value-scale';

export const COMPARE_UNIT_KINDS = ['zone', 'grid'] as const;
export type CompareUnitKind = (typeof COMPARE_UNIT_KINDS)[number];
export const COMPARE_COLOURS = ['level', 'value'] as const;
export type CompareColour = (typeof COMPARE_COLOURS)[number];
export const COMPARE_TABS = ['table', 'series', 'spraying'] as const;
export type CompareTab = (typeof COMPARE_TABS)[number];

/** What the page opens on; the URL carries only what differs (style.md §4). */
export const DEFAULT_COMPARE = {
	pest: 'mosquito',
	by: 'zone',
	colourBy: 'level',
	tab: 'table'
} as const satisfies {
	pest: Pest;
	by: CompareUnitKind;
	colourBy: CompareColour;
	tab: CompareTab;
};

/** Each pest opens on its main graded single-value method (domain.md §2). */
const DEFAULT_METHOD: Record<Pest, string> = {
	rat: 'rat.indoor_signs',
	mosquito: 'mosquito.route_index',
	fly: 'fly.indoor_rooms',
	cockroach: 'cockroach.infestation'
};

const NO_PADDING = { top: 0, right: 0, bottom: 0, left: 0 };

/** What the page fetches: the dataset client and a JSON getter for the comparison endpoints. */
export interface CompareApi {
	client: Pick<ApiClient, 'meta' | 'catalogues' | 'layer'>;
	getJson: <T>(url: string, signal: AbortSignal) => Promise<T>;
}

/** The comparison page (/compare): two periods side by side, their table, series and spraying. */
export class CompareState {
	readonly dataset: Dataset;
	readonly zones = new JsonLoader<LayerCollection<'zones'>>();
	/** Drawn under the zone names on both maps, so a leader can tell where a zone is. */
	readonly roads = new JsonLoader<LayerCollection<'roads'>>();
	readonly campaigns = new JsonLoader<CampaignsResponse>();
	readonly compare = new JsonLoader<CompareResponse>();
	readonly series = new JsonLoader<SeriesResponse>();
	readonly spraying = new JsonLoader<SprayingResponse>();
	readonly emerging = new JsonLoader<EmergingResponse>();
	readonly viewA = new MapViewState();
	readonly viewB = new MapViewState();

	pest = $state<Pest>(DEFAULT_COMPARE.pest);
	/** The method the user picked; null means the pest's default. */
	method = $state<string | null>(null);
	/** The periods the user picked; null means the default summers. */
	a = $state<string | null>(null);
	b = $state<string | null>(null);
	by = $state<CompareUnitKind>(DEFAULT_COMPARE.by);
	colourBy = $state<CompareColour>(DEFAULT_COMPARE.colourBy);
	showEmerging = $state(false);
	tab = $state<CompareTab>(DEFAULT_COMPARE.tab);
	/** The zone or grid under the pointer, on which map and where (pixels within it). */
	hovered = $state.raw<{ id: string; name: string; side: 'a' | 'b'; x: number; y: number } | null>(
		null
	);

	readonly lastDate = $derived.by(() => this.dataset.meta?.dateRange.to ?? null);
	readonly methods = $derived.by(() =>
		(this.dataset.catalogues?.surveyMethods ?? []).filter((m) => m.pest === this.pest)
	);
	readonly periodA = $derived(this.a ?? (this.lastDate ? defaultPeriods(this.lastDate).a : null));
	readonly periodB = $derived(this.b ?? (this.lastDate ? defaultPeriods(this.lastDate).b : null));
	readonly activeMethod = $derived(
		this.methods.find((m) => m.code === (this.method ?? DEFAULT_METHOD[this.pest]))?.code ??
			this.methods[0]?.code ??
			null
	);
	readonly query = $derived<CompareParams | null>(
		this.activeMethod && this.periodA && this.periodB
			? {
					pest: this.pest,
					method: this.activeMethod,
					a: this.periodA,
					b: this.periodB,
					by: this.by
				}
			: null
	);
	/** Every year the data touches, for the monthly series. */
	readonly years = $derived.by(() => {
		const from = this.dataset.meta?.dateRange.from;
		if (!this.lastDate || !from) return [];
		const first = Number(from.slice(0, 4));
		const last = Number(this.lastDate.slice(0, 4));
		return Array.from({ length: last - first + 1 }, (_, i) => first + i);
	});
	readonly options = $derived.by(() => {
		const from = this.dataset.meta?.dateRange.from;
		return from && this.lastDate
			? buildPeriodOptions({ from, to: this.lastDate }, this.campaigns.data?.campaigns ?? [])
			: [];
	});
	/**
	 * What the period pickers can offer: nothing yet while the dataset loads, a clear "import
	 * data first" on an install with no dated records (never two blank pickers), or periods.
	 */
	readonly periodPickers = $derived.by((): 'loading' | 'no_data' | 'ready' => {
		if (!this.dataset.meta) return 'loading';
		return this.options.length ? 'ready' : 'no_data';
	});
	readonly units = $derived(this.compare.data?.units ?? []);
	/** The shared value scale of both periods. */
	readonly breaks = $derived(valueBreaks(this.units.flatMap((u) => [u.a.value, u.b.value])));
	readonly shapesA = $derived(this.#shapes('a'));
	readonly shapesB = $derived(this.#shapes('b'));
	/** The hovered zone's row of the comparison (both periods), if it has one. */
	readonly hoveredUnit = $derived(
		this.hovered ? this.units.find((u) => u.id === this.hovered?.id) : undefined
	);
	readonly busy = $derived(
		this.compare.loading || this.zones.loading || this.roads.loading || this.emerging.loading
	);

	constructor(private readonly api: CompareApi) {
		this.dataset = new Dataset(api.client);
	}

	choosePest(pest: Pest): void {
		this.pest = pest;
		this.method = null;
	}

	/** A picked method; the pest's default is kept as null so a link does not spell it out. */
	chooseMethod(code: string): void {
		this.method = code === DEFAULT_METHOD[this.pest] ? null : code;
	}

	/** A picked period; the default summer is kept as null, as for the method. */
	choosePeriod(side: 'a' | 'b', id: string): void {
		const fallback = this.lastDate ? defaultPeriods(this.lastDate)[side] : null;
		this[side] = id === fallback ? null : id;
	}

	/** The table as a file, with headers in `lang`; null until the query is known. */
	exportUrls(lang: 'zh-CN' | 'en'): { csv: string; xlsx: string } | null {
		const q = this.query;
		return q
			? { csv: buildCompareExportUrl(q, 'csv', lang), xlsx: buildCompareExportUrl(q, 'xlsx', lang) }
			: null;
	}

	#shapes(side: 'a' | 'b') {
		const colour =
			this.colourBy === 'level'
				? ({ by: 'level' } as const)
				: ({ by: 'value', breaks: this.breaks } as const);
		return formatCompareShapes(this.units, side, this.by, this.zones.data?.features ?? [], colour);
	}

	/** Starts loading and keeps the two maps together; call inside a component or `$effect.root`. */
	start(): void {
		const { client, getJson } = this.api;
		autoLoad(
			() => true,
			(_, signal) => this.dataset.load(signal)
		);
		this.zones.follow(
			() => true,
			(_, signal) => client.layer('zones', '', signal)
		);
		this.roads.follow(
			() => true,
			(_, signal) => client.layer('roads', '', signal)
		);
		this.campaigns.follow(
			() => true,
			(_, signal) => getJson<CampaignsResponse>('/api/campaigns', signal)
		);
		const compareUrl = $derived(this.query && buildCompareUrl(this.query));
		this.compare.follow(
			() => compareUrl,
			(url, signal) => getJson<CompareResponse>(url, signal)
		);
		const seriesKey = $derived(
			this.activeMethod && this.years.length
				? { pest: this.pest, method: this.activeMethod, years: this.years }
				: null
		);
		this.series.follow(
			() => seriesKey,
			(k, signal) => getJson<SeriesResponse>(buildSeriesUrl(k.pest, k.method, k.years), signal)
		);
		this.spraying.follow(
			() => seriesKey,
			(k, signal) => getJson<SprayingResponse>(buildSprayingUrl(k.pest, k.method), signal)
		);
		this.emerging.follow(
			() => (this.showEmerging && !this.emerging.data ? EMERGING_URL : null),
			(url, signal) => getJson<EmergingResponse>(url, signal)
		);
		// Either map drives the other: a user move on one fits the other to the same bounds.
		this.#follow(this.viewA, this.viewB);
		this.#follow(this.viewB, this.viewA);
	}

	#follow(leader: MapViewState, other: MapViewState): void {
		$effect(() => {
			if (leader.intent && leader.bounds && viewsDiffer(leader.bounds, other.bounds))
				other.flyTo(leader.bounds, NO_PADDING);
		});
	}
}
