import type { Pest } from '../api/codes';
import {
	HOTSPOT_NEIGHBOURHOODS,
	HOTSPOT_RINGS,
	HOTSPOT_SUBJECTS,
	type HotspotNeighbourhood,
	type HotspotSubject
} from '../api/hotspot-query';
import { choosePeriod, type DensityPeriod } from './density-period';

/** Hot-spot mode's intent; the URL carries the fields that differ from the defaults. */
export interface HotspotSettingsValues {
	on: boolean;
	subject: HotspotSubject;
	pest: Pest;
	/** Survey method of the pest index; null means the pest's first catalogue method. */
	method: string | null;
	res: number;
	k: number;
	/** Survey surveys: grid cells, sites within a distance, or nearest sites (issue 17). */
	neighbourhood: HotspotNeighbourhood;
	/** The distance band in metres; null is the server's default (every site gets a neighbour). */
	bandM: number | null;
	nearest: number;
	fdr: boolean;
	/** Draw the raw blind spots as a kernel density heat map instead of Gi* hexagons. */
	kde: boolean;
	/** Colour road segments by reports per 100 m. */
	roads: boolean;
	period: DensityPeriod;
	from: string | null;
	to: string | null;
}

/**
 * Off; blind spots, res 9 (~0.1 km², a block a team walks), one ring, raw p as in the API, this
 * year. The period presets are density mode's.
 */
export const DEFAULT_HOTSPOT: Readonly<HotspotSettingsValues> = Object.freeze({
	on: false,
	subject: 'blindspots',
	pest: 'rat',
	method: null,
	res: 9,
	k: 1,
	// Survey points default to the distance band the server picks so every site has a
	// neighbour (issue 17: on sparse trap networks most H3 cells have none). Blind spots and
	// open cases always use grid cells.
	neighbourhood: 'distance',
	bandM: null,
	nearest: 8,
	fdr: false,
	kde: false,
	roads: false,
	period: 'thisYear',
	from: null,
	to: null
});

export function isHotspotSubject(value: string): value is HotspotSubject {
	return (HOTSPOT_SUBJECTS as readonly string[]).includes(value);
}

export function isHotspotNeighbourhood(value: string): value is HotspotNeighbourhood {
	return (HOTSPOT_NEIGHBOURHOODS as readonly string[]).includes(value);
}

export function isHotspotRings(value: number): boolean {
	return (HOTSPOT_RINGS as readonly number[]).includes(value);
}

/** Hot-spot mode's controls, the road view and the heat-map switch. */
export class HotspotSettings {
	on = $state(DEFAULT_HOTSPOT.on);
	subject = $state<HotspotSubject>(DEFAULT_HOTSPOT.subject);
	pest = $state<Pest>(DEFAULT_HOTSPOT.pest);
	method = $state<string | null>(DEFAULT_HOTSPOT.method);
	res = $state(DEFAULT_HOTSPOT.res);
	k = $state(DEFAULT_HOTSPOT.k);
	neighbourhood = $state<HotspotNeighbourhood>(DEFAULT_HOTSPOT.neighbourhood);
	bandM = $state<number | null>(DEFAULT_HOTSPOT.bandM);
	nearest = $state(DEFAULT_HOTSPOT.nearest);
	fdr = $state(DEFAULT_HOTSPOT.fdr);
	kde = $state(DEFAULT_HOTSPOT.kde);
	roads = $state(DEFAULT_HOTSPOT.roads);
	period = $state<DensityPeriod>(DEFAULT_HOTSPOT.period);
	from = $state<string | null>(DEFAULT_HOTSPOT.from);
	to = $state<string | null>(DEFAULT_HOTSPOT.to);

	get values(): HotspotSettingsValues {
		const { on, subject, pest, method, res, k, fdr, kde, roads, period, from, to } = this;
		const { neighbourhood, bandM, nearest } = this;
		return {
			on,
			subject,
			pest,
			method,
			res,
			k,
			neighbourhood,
			bandM,
			nearest,
			fdr,
			kde,
			roads,
			period,
			from,
			to
		};
	}

	assign(v: HotspotSettingsValues): void {
		this.on = v.on;
		this.subject = v.subject;
		this.pest = v.pest;
		this.method = v.method;
		this.res = v.res;
		this.k = v.k;
		this.neighbourhood = v.neighbourhood;
		this.bandM = v.bandM;
		this.nearest = v.nearest;
		this.fdr = v.fdr;
		this.kde = v.kde;
		this.roads = v.roads;
		this.period = v.period;
		this.from = v.from;
		this.to = v.to;
	}

	/** A new pest forgets the method, which belonged to the old one. */
	choosePest(pest: Pest): void {
		if (pest !== this.pest) this.method = null;
		this.pest = pest;
	}

	/** Picks a period; custom starts from the dates the preset showed (`choosePeriod`). */
	choosePeriod(period: DensityPeriod, lastDate: string | null): void {
		({ period: this.period, from: this.from, to: this.to } = choosePeriod(this, period, lastDate));
	}

	setDate(bound: 'from' | 'to', value: string): void {
		this[bound] = value === '' ? null : value;
		this.period = 'custom';
	}
}
