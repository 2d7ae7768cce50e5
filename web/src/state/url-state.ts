import type { FilterValues } from '../api/layer-query';
import { parseBasemapParam, serializeBasemapParam, type BasemapId } from './basemap-id';
import { DEFAULT_FILTERS } from './filters.svelte';
import { isDensityPeriod } from './density-period';
import {
	DEFAULT_DENSITY,
	isDensityUnitKind,
	isH3Resolution,
	isPest,
	type DensitySettingsValues
} from './density-settings.svelte';
import type { HotspotSettingsValues } from './hotspot-settings.svelte';
import { parseHotspotParams, serializeHotspotParams } from './hotspot-url';
import { DEFAULT_LANG, isLang, type Lang } from './lang';
import {
	DEFAULT_VISIBLE_LAYERS,
	TOGGLE_LAYER_IDS,
	isToggleLayerId,
	type ToggleLayerId
} from './layer-visibility.svelte';
import type { ViewIntent } from './map-view.svelte';
import { parseFeatureRef, serializeFeatureRef, type FeatureRef } from './selection.svelte';
import {
	DEFAULT_BLIND_SPOT_COLOR_MODE,
	isBlindSpotColorMode,
	type BlindSpotColorMode
} from './symbology.svelte';

/** User intent as the URL carries it. Null view or lang means "not in the URL". */
export interface UrlState {
	view: ViewIntent | null;
	layers: ToggleLayerId[];
	filters: FilterValues;
	lang: Lang | null;
	blindSpotColorBy: BlindSpotColorMode;
	density: DensitySettingsValues;
	hotspots: HotspotSettingsValues;
	/** Absent for the offline default (then the stored choice applies). */
	basemap?: BasemapId;
	/** The feature in the details panel: `sel=blindspots:B00317`. */
	selected?: FeatureRef | null;
	/** The density unit whose panel is open: `zone=c01` (written while density mode is on). */
	zone?: string | null;
}

const LIST_PARAMS = {
	pests: 'pest',
	methods: 'method',
	categories: 'category',
	statuses: 'status'
} as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[a-z0-9_.-]+$/i;
const ZONE_ID = /^[\w.-]+$/;

function parseList(value: string | null): string[] | null {
	if (value === null) return null;
	return value.split(',').filter((x) => CODE.test(x));
}

function parseView(z: string | null, c: string | null): ViewIntent | null {
	if (z === null || c === null) return null;
	const zoom = Number(z);
	const [lng, lat] = c.split(',').map(Number);
	const valid =
		Number.isFinite(zoom) && zoom >= 0 && zoom <= 24 && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
	return valid ? { zoom, center: [lng, lat] } : null;
}

/** Density mode in the URL: `density=1&dpest=mosquito&dby=h3&dres=9&dperiod=custom&dfrom=…&dto=…`. */
function parseDensity(p: URLSearchParams, date: (key: string) => string | null) {
	const pest = p.get('dpest') ?? '';
	const by = p.get('dby') ?? '';
	const res = Number(p.get('dres'));
	const period = p.get('dperiod') ?? '';
	return {
		on: p.get('density') === '1',
		pest: isPest(pest) ? pest : DEFAULT_DENSITY.pest,
		by: isDensityUnitKind(by) ? by : DEFAULT_DENSITY.by,
		res: isH3Resolution(res) ? res : DEFAULT_DENSITY.res,
		period: isDensityPeriod(period) ? period : DEFAULT_DENSITY.period,
		from: date('dfrom'),
		to: date('dto')
	} satisfies DensitySettingsValues;
}

function serializeDensity(d: DensitySettingsValues, p: URLSearchParams): void {
	if (d.on) p.set('density', '1');
	if (d.pest !== DEFAULT_DENSITY.pest) p.set('dpest', d.pest);
	if (d.by !== DEFAULT_DENSITY.by) p.set('dby', d.by);
	if (d.res !== DEFAULT_DENSITY.res) p.set('dres', String(d.res));
	if (d.period !== DEFAULT_DENSITY.period) p.set('dperiod', d.period);
	if (d.from) p.set('dfrom', d.from);
	if (d.to) p.set('dto', d.to);
}

/** Reads user intent from a query string; anything malformed falls back to the default. */
export function parseUrlState(search: string): UrlState {
	const p = new URLSearchParams(search);
	const date = (key: string) => {
		const v = p.get(key);
		return v && ISO_DATE.test(v) ? v : null;
	};
	const layers = p.get('layers');
	const color = p.get('color') ?? '';
	const lang = p.get('lang');
	const density = parseDensity(p, date);
	const basemap = parseBasemapParam(p);
	const selected = parseFeatureRef(p.get('sel'));
	const zone = p.get('zone');
	return {
		view: parseView(p.get('z'), p.get('c')),
		layers:
			layers === null ? [...DEFAULT_VISIBLE_LAYERS] : layers.split(',').filter(isToggleLayerId),
		filters: {
			pests: parseList(p.get(LIST_PARAMS.pests)),
			methods: parseList(p.get(LIST_PARAMS.methods)),
			categories: parseList(p.get(LIST_PARAMS.categories)),
			statuses: parseList(p.get(LIST_PARAMS.statuses)),
			from: date('from'),
			to: date('to')
		},
		lang: isLang(lang) ? lang : null,
		blindSpotColorBy: isBlindSpotColorMode(color) ? color : DEFAULT_BLIND_SPOT_COLOR_MODE,
		density,
		hotspots: parseHotspotParams(p, date, density.on),
		...(basemap ? { basemap } : {}),
		...(selected ? { selected } : {}),
		...(zone && ZONE_ID.test(zone) ? { zone } : {})
	};
}

/** Writes only what differs from the defaults, in a fixed order, without the leading `?`. */
export function serializeUrlState(state: UrlState): string {
	const p = new URLSearchParams();
	if (state.view) {
		p.set('z', state.view.zoom.toFixed(2));
		p.set('c', state.view.center.map((x) => x.toFixed(5)).join(','));
	}
	const layers = TOGGLE_LAYER_IDS.filter((id) => state.layers.includes(id));
	if (layers.length !== DEFAULT_VISIBLE_LAYERS.length) p.set('layers', layers.join(','));
	for (const [key, name] of Object.entries(LIST_PARAMS) as [keyof typeof LIST_PARAMS, string][]) {
		const list = state.filters[key];
		if (list !== DEFAULT_FILTERS[key]) p.set(name, (list ?? []).join(','));
	}
	if (state.filters.from) p.set('from', state.filters.from);
	if (state.filters.to) p.set('to', state.filters.to);
	if (state.blindSpotColorBy !== DEFAULT_BLIND_SPOT_COLOR_MODE)
		p.set('color', state.blindSpotColorBy);
	serializeDensity(state.density, p);
	serializeHotspotParams(state.hotspots, p);
	if (state.basemap) serializeBasemapParam(state.basemap, p);
	if (state.selected) p.set('sel', serializeFeatureRef(state.selected));
	if (state.zone && state.density.on) p.set('zone', state.zone);
	if (state.lang && state.lang !== DEFAULT_LANG) p.set('lang', state.lang);
	// Commas and colons are legal in a query string and far easier to read than %2C, %3A.
	return p.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
}
