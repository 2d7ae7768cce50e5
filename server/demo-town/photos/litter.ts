import type { Rng } from '../../domain/random/seeded-random';
import { STREET } from './street-scene';

const BAGS = ['#1d1d1f', '#263a2a', '#22304a', '#3a3a3a', '#1f4f7a'];

/** Where on the pavement the rubbish lies (and, after, the wet patch left by cleaning). */
export interface PileSpot {
	x: number;
	y: number;
}

export function pileSpot(rng: Rng): PileSpot {
	return { x: rng.range(260, 700), y: rng.range(STREET.wallBase + 110, STREET.kerbTop - 45) };
}

/** A heap of tied rubbish bags, a box and loose litter around `spot`, drawn back to front. */
export function rubbishPile(rng: Rng, spot: PileSpot): string {
	const out = [
		`<ellipse cx="${spot.x.toFixed(1)}" cy="${(spot.y + 30).toFixed(1)}" rx="170" ry="42" fill="#2b2115" opacity="0.35"/>`
	];
	if (rng.chance(0.7)) {
		const bx = spot.x + rng.range(-150, 60);
		const by = spot.y - 60;
		out.push(
			`<rect x="${bx.toFixed(1)}" y="${by.toFixed(1)}" width="96" height="70" fill="#b08553" stroke="#7a5a33" stroke-width="3"/>`,
			`<line x1="${bx.toFixed(1)}" y1="${(by + 18).toFixed(1)}" x2="${(bx + 96).toFixed(1)}" y2="${(by + 18).toFixed(1)}" stroke="#7a5a33" stroke-width="3"/>`
		);
	}
	for (let i = rng.int(6, 12); i > 0; i--) {
		const x = spot.x + rng.range(-260, 260);
		const y = spot.y + rng.range(-10, 70);
		const angle = rng.range(0, 180).toFixed(0);
		out.push(
			rng.chance(0.5)
				? `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="22" height="14" fill="#f4f1ea" transform="rotate(${angle} ${x.toFixed(1)} ${y.toFixed(1)})"/>`
				: `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="30" height="10" rx="4" fill="${rng.pick(['#3d8f5a', '#9ec9d8', '#c94c3a'])}" transform="rotate(${angle} ${x.toFixed(1)} ${y.toFixed(1)})"/>`
		);
	}
	const bags = Array.from({ length: rng.int(5, 9) }, () => ({
		x: spot.x + rng.range(-140, 140),
		y: spot.y + rng.range(-40, 25),
		rx: rng.range(36, 58),
		ry: rng.range(30, 46),
		fill: rng.pick(BAGS)
	})).sort((a, b) => a.y - b.y);
	for (const bag of bags) {
		const top = bag.y - bag.ry;
		out.push(
			`<ellipse cx="${bag.x.toFixed(1)}" cy="${bag.y.toFixed(1)}" rx="${bag.rx.toFixed(1)}" ry="${bag.ry.toFixed(1)}" fill="${bag.fill}"/>`,
			`<path d="M${(bag.x - 10).toFixed(1)} ${(top + 6).toFixed(1)} L${bag.x.toFixed(1)} ${(top - 16).toFixed(1)} L${(bag.x + 10).toFixed(1)} ${(top + 6).toFixed(1)} Z" fill="${bag.fill}"/>`,
			`<ellipse cx="${(bag.x - bag.rx * 0.35).toFixed(1)}" cy="${(bag.y - bag.ry * 0.4).toFixed(1)}" rx="${(bag.rx * 0.3).toFixed(1)}" ry="${(bag.ry * 0.18).toFixed(1)}" fill="#ffffff" opacity="0.18"/>`
		);
	}
	return out.join('');
}

/** What is left after cleaning: the paving still damp where the pile was. */
export function wetPatch(spot: PileSpot): string {
	return `<ellipse cx="${spot.x.toFixed(1)}" cy="${(spot.y + 10).toFixed(1)}" rx="190" ry="50" fill="#3b3a36" opacity="0.22"/>`;
}
