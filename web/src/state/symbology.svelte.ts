export const BLIND_SPOT_COLOR_MODES = ['status', 'category'] as const;
export type BlindSpotColorMode = (typeof BLIND_SPOT_COLOR_MODES)[number];
export const DEFAULT_BLIND_SPOT_COLOR_MODE: BlindSpotColorMode = 'status';

export function isBlindSpotColorMode(value: string): value is BlindSpotColorMode {
	return (BLIND_SPOT_COLOR_MODES as readonly string[]).includes(value);
}

/** How layers are coloured; status is the default because four colours read at a glance. */
export class Symbology {
	blindSpotColorBy = $state<BlindSpotColorMode>(DEFAULT_BLIND_SPOT_COLOR_MODE);
}
