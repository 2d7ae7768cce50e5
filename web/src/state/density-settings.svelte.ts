import { PESTS, type Pest } from '../api/codes';
import { DENSITY_UNIT_KINDS, H3_RESOLUTIONS, type DensityUnitKind } from '../api/density-query';
import { choosePeriod, type DensityPeriod } from './density-period';

/** What density mode shows; the URL carries the fields that differ from the defaults. */
export interface DensitySettingsValues {
	on: boolean;
	pest: Pest;
	by: DensityUnitKind;
	/** H3 resolution, used when `by` is `h3`. */
	res: number;
	period: DensityPeriod;
	/** Bounds of the custom period (ISO dates); ignored by the presets. */
	from: string | null;
	to: string | null;
}

/** Off, rats, by community, this year; res 8 cells (~0.7 km²) tile a town in a few dozen. */
export const DEFAULT_DENSITY: Readonly<DensitySettingsValues> = Object.freeze({
	on: false,
	pest: 'rat',
	by: 'zone',
	res: 8,
	period: 'thisYear',
	from: null,
	to: null
});

export function isPest(value: string): value is Pest {
	return (PESTS as readonly string[]).includes(value);
}

export function isDensityUnitKind(value: string): value is DensityUnitKind {
	return (DENSITY_UNIT_KINDS as readonly string[]).includes(value);
}

export function isH3Resolution(value: number): boolean {
	return (H3_RESOLUTIONS as readonly number[]).includes(value);
}

/** Density mode's controls: pest, unit, H3 resolution and period. */
export class DensitySettings {
	on = $state(DEFAULT_DENSITY.on);
	pest = $state<Pest>(DEFAULT_DENSITY.pest);
	by = $state<DensityUnitKind>(DEFAULT_DENSITY.by);
	res = $state(DEFAULT_DENSITY.res);
	period = $state<DensityPeriod>(DEFAULT_DENSITY.period);
	from = $state<string | null>(DEFAULT_DENSITY.from);
	to = $state<string | null>(DEFAULT_DENSITY.to);

	get values(): DensitySettingsValues {
		return {
			on: this.on,
			pest: this.pest,
			by: this.by,
			res: this.res,
			period: this.period,
			from: this.from,
			to: this.to
		};
	}

	assign(values: DensitySettingsValues): void {
		this.on = values.on;
		this.pest = values.pest;
		this.by = values.by;
		this.res = values.res;
		this.period = values.period;
		this.from = values.from;
		this.to = values.to;
	}

	/** Picks a period; custom starts from the dates the preset showed (`choosePeriod`). */
	choosePeriod(period: DensityPeriod, lastDate: string | null): void {
		({ period: this.period, from: this.from, to: this.to } = choosePeriod(this, period, lastDate));
	}

	/** Sets a custom bound (an empty input clears it) and switches to the custom period. */
	setDate(bound: 'from' | 'to', value: string): void {
		this[bound] = value === '' ? null : value;
		this.period = 'custom';
	}
}
