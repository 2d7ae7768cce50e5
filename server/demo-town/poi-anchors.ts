/**
 * Markets and construction sites: a few named places beside given roads near given grid
 * positions. The first market is the core market whose renovation is a planted change, and
 * PLANTED_CONSTRUCTION opens in 2024-09 (see planted.ts).
 */
import type { XY } from './frame';
import { distance, pointAlong } from './geometry';
import { CONSTRUCTION_NAMES, MARKET_NAMES } from './names';
import { placeBesideRoad } from './placement';
import type { Rng } from '../domain/random/seeded-random';
import { gridKey } from './street-grid';
import type { StreetNetwork } from './streets';

interface AnchorSpec {
	name: string;
	road: string;
	near: [number, number];
}

const MARKETS: readonly AnchorSpec[] = [
	{ name: MARKET_NAMES[0], road: '中山路', near: [6, 6] },
	{ name: MARKET_NAMES[1], road: '东湖路', near: [9, 6] },
	{ name: MARKET_NAMES[2], road: '沙头路', near: [1, 7] },
	{ name: MARKET_NAMES[3], road: '工业大道', near: [5, 2] }
];

const CONSTRUCTION: readonly AnchorSpec[] = [
	{ name: CONSTRUCTION_NAMES[0], road: '松岗路', near: [3, 10] },
	{ name: CONSTRUCTION_NAMES[1], road: '东湖路', near: [9, 9] },
	{ name: CONSTRUCTION_NAMES[2], road: '工业一路', near: [9, 1] },
	{ name: CONSTRUCTION_NAMES[3], road: '滨江路', near: [10, 4] }
];

/** Index in the construction list of the site that opens in 2024-09. */
export const PLANTED_CONSTRUCTION = 3;
const SITE_HALF_M: [number, number] = [70, 45];

export interface Anchor {
	name: string;
	at: XY;
	roadName: string;
	outline: XY[] | null;
}

function besideNamedRoad(
	spec: AnchorSpec,
	net: StreetNetwork,
	offset: [number, number],
	onLand: (p: XY) => boolean,
	rng: Rng
) {
	const target = net.nodes.get(gridKey(...spec.near))!;
	const candidates = net.segments.filter((s) => s.name === spec.road);
	if (candidates.length === 0) throw new Error(`no road named ${spec.road}`);
	const score = (s: (typeof candidates)[number]) => distance(pointAlong(s.line, 0.5).at, target);
	const best = candidates.reduce((a, b) => (score(b) < score(a) ? b : a));
	return placeBesideRoad(rng, { segments: [best], weights: [1], offset, onLand });
}

export function placeMarkets(net: StreetNetwork, onLand: (p: XY) => boolean, rng: Rng): Anchor[] {
	return MARKETS.map((spec) => {
		const { at } = besideNamedRoad(spec, net, [30, 45], onLand, rng);
		return { name: spec.name, at, roadName: spec.road, outline: null };
	});
}

export function placeConstruction(
	net: StreetNetwork,
	onLand: (p: XY) => boolean,
	rng: Rng
): Anchor[] {
	const whole = (p: XY) => siteOutline(p, [1, 0]).every(onLand);
	return CONSTRUCTION.map((spec) => {
		const { at, segment } = besideNamedRoad(spec, net, [90, 110], whole, rng);
		const a = segment.line[0];
		const b = segment.line[segment.line.length - 1];
		const len = distance(a, b) || 1;
		return {
			name: spec.name,
			at,
			roadName: spec.road,
			outline: siteOutline(at, [(b[0] - a[0]) / len, (b[1] - a[1]) / len])
		};
	});
}

function siteOutline(at: XY, along: XY): XY[] {
	const across: XY = [-along[1], along[0]];
	const [hu, hv] = SITE_HALF_M;
	const corner = (su: number, sv: number): XY => [
		at[0] + along[0] * hu * su + across[0] * hv * sv,
		at[1] + along[1] * hu * su + across[1] * hv * sv
	];
	return [corner(-1, -1), corner(1, -1), corner(1, 1), corner(-1, 1), corner(-1, -1)];
}
