import type { ApiClient } from '../../api/client';
import { buildOverviewUrl, type OverviewResponse } from '../../api/comparison';
import { Dataset } from '../../state/dataset.svelte';
import { autoLoad, JsonLoader } from '../../state/json-loader.svelte';
import { buildPeriodOptions } from '../compare/period-options';

/** What the page fetches: the dataset client and a JSON getter for `/api/overview`. */
export interface OverviewApi {
	client: Pick<ApiClient, 'meta' | 'catalogues'>;
	getJson: <T>(url: string, signal: AbortSignal) => Promise<T>;
}

/** The season overview (/overview): one card per pest for the chosen season. */
export class OverviewState {
	readonly dataset: Dataset;
	readonly overview = new JsonLoader<OverviewResponse>();
	/** The season asked for; null lets the server pick the data's latest season. */
	season = $state<string | null>(null);

	/** The seasons the data covers, newest first. */
	readonly seasons = $derived.by(() => {
		const range = this.dataset.meta?.dateRange;
		if (!range?.from || !range.to) return [];
		return buildPeriodOptions({ from: range.from, to: range.to }, []).filter(
			(o) => o.kind === 'season'
		);
	});

	/** The season the picker shows: the one asked for, else the server's answer. */
	readonly shownSeason = $derived(this.season ?? this.overview.data?.season?.id ?? '');

	constructor(private readonly api: OverviewApi) {
		this.dataset = new Dataset(api.client);
	}

	/** A survey method's catalogue entry, or null for an unknown code. */
	method(code: string) {
		return this.dataset.catalogues?.surveyMethods.find((s) => s.code === code) ?? null;
	}

	/** Starts loading; call inside a component or `$effect.root`. */
	start(): void {
		autoLoad(
			() => true,
			(_, signal) => this.dataset.load(signal)
		);
		this.overview.follow(
			() => buildOverviewUrl(this.season),
			(url, signal) => this.api.getJson<OverviewResponse>(url, signal)
		);
	}
}
