import type { CaseStatus, Pest, PoiKind } from '../api/codes';

export type Rgba = [number, number, number, number];

/** `#rrggbb` to deck.gl's `[r, g, b, a]`. */
export function hexToRgba(hex: string, alpha = 255): Rgba {
	const n = Number.parseInt(hex.replace('#', ''), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255, alpha];
}

/**
 * Data colours. Statuses, pests and place kinds use Okabe–Ito and Paul Tol's colour-blind-safe
 * sets; blind-spot categories (13, more than any safe set holds) cycle Tol's muted and bright
 * sets, and the legend and tooltips name them.
 */
/**
 * Case statuses (issue 14): warm for work not yet handed out, blue-green while in hand, greys
 * for cases that ended (closed, rejected, merged). Each open status is its own hue.
 */
export const STATUS_COLORS: Record<CaseStatus, string> = {
	reported: '#d55e00',
	accepted: '#e69f00',
	dispatched: '#cc79a7',
	processing: '#0072b2',
	handled: '#009e73',
	closed: '#8d96a0',
	rejected: '#b7bcc2',
	merged: '#a9a2b8',
	// Issue 15: handed to the 城管执法大队 (Tol's wine), still open until the brigade replies.
	referred: '#882255'
};

/** The ring drawn round an overdue open case. */
export const OVERDUE_RING = '#c00000';

export const PEST_COLORS: Record<Pest, string> = {
	rat: '#882255',
	mosquito: '#4477aa',
	fly: '#228833',
	cockroach: '#b8860b'
};

export const POI_COLORS: Record<PoiKind, string> = {
	market: '#ee7733',
	restaurant: '#cc3311',
	garbage_station: '#009e73',
	toilet: '#33bbee',
	school: '#0077bb',
	hospital: '#ee3377',
	water_body: '#6baed6',
	construction: '#6f6a60'
};

export const CATEGORY_COLORS: readonly string[] = [
	'#cc6677',
	'#332288',
	'#ddcc77',
	'#117733',
	'#88ccee',
	'#882255',
	'#44aa99',
	'#999933',
	'#aa4499',
	'#4477aa',
	'#ee6677',
	'#228833',
	'#ccbb44'
];

/** Line and accent colours of the zone and road layers. */
export const MAP_COLORS = {
	keyRoad: '#e69f00',
	keyRoadCasing: '#8a5a00',
	otherRoad: '#ffffff',
	street: '#3f3d56',
	community: '#6a5d8f',
	grid: '#9aa0ab',
	keyArea: '#aa3377',
	fallback: '#888888',
	labelZone: '#3b3450',
	labelRoad: '#7a4a00',
	halo: '#ffffff'
} as const;

/** A category's colour by its position in the catalogue, so colours stay put across filters. */
export function categoryColor(code: string, catalogueCodes: readonly string[]): string {
	const i = catalogueCodes.indexOf(code);
	return i < 0 ? MAP_COLORS.fallback : CATEGORY_COLORS[i % CATEGORY_COLORS.length];
}

/** A control level as a key: A, B, C, FAIL, or `none` for not graded / no data. */
export type LevelKey = 'A' | 'B' | 'C' | 'FAIL' | 'none';
export const LEVEL_KEYS: readonly LevelKey[] = ['A', 'B', 'C', 'FAIL', 'none'];

/**
 * Control-level choropleth, ordinal from good to bad: ColorBrewer RdYlBu's blues and orange
 * (colour-blind safe) with a dark red-brown for FAIL, so B and C never meet on one hue.
 * No data is a neutral light grey. `text` is readable on top of the colour (badges).
 */
export const LEVEL_COLORS: Record<LevelKey, { fill: string; text: string }> = {
	A: { fill: '#2c7bb6', text: '#ffffff' },
	B: { fill: '#abd9e9', text: '#14374f' },
	C: { fill: '#fdae61', text: '#4a2a00' },
	FAIL: { fill: '#a50f15', text: '#ffffff' },
	none: { fill: '#d4d4d4', text: '#3a3a3a' }
};

export function levelKey(level: 'A' | 'B' | 'C' | 'FAIL' | null): LevelKey {
	return level ?? 'none';
}
