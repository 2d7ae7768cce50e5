import type { Rng } from '../../domain/random/seeded-random';

/** Size of a demo photo: 4:3, as a phone takes it, small enough for a demo database. */
export const DEMO_PHOTO_WIDTH = 960;
export const DEMO_PHOTO_HEIGHT = 720;

/** Where the parts of the street sit, in pixels from the top: shared with the litter. */
export const STREET = {
	wallBase: 340,
	kerbTop: 560,
	kerbBottom: 586
} as const;

const WALLS = ['#d9cbb0', '#c8c2b8', '#e3dccf', '#b9a48a', '#cfd3d6'];
const SIGNS = ['#b3261e', '#1f5aa6', '#2e7d32', '#e0a100'];
const PAVING = ['#9c9a95', '#a8a196', '#8f949a'];

/**
 * An SVG street seen from the pavement, as a patrol photographs a site: a shop front, paving
 * drawn in perspective, the kerb and the road. Drawn from `rng` alone, so the same stream
 * gives the same street before and after.
 */
export function streetScene(rng: Rng): string {
	const W = DEMO_PHOTO_WIDTH;
	const H = DEMO_PHOTO_HEIGHT;
	const { wallBase, kerbTop, kerbBottom } = STREET;
	const overcast = rng.chance(0.4);
	const wall = rng.pick(WALLS);
	const paving = rng.pick(PAVING);
	const parts: string[] = [
		`<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">` +
			`<stop offset="0" stop-color="${overcast ? '#b9bec4' : '#8fb8e0'}"/>` +
			`<stop offset="1" stop-color="${overcast ? '#dfe2e5' : '#d8e8f5'}"/></linearGradient></defs>`,
		`<rect width="${W}" height="${wallBase}" fill="url(#sky)"/>`,
		`<rect y="${rng.int(20, 60)}" width="${W}" height="${wallBase}" fill="${wall}"/>`
	];
	parts.push(...windows(rng), ...shopFront(rng));
	parts.push(
		`<rect y="${wallBase}" width="${W}" height="${kerbTop - wallBase}" fill="${paving}"/>`
	);
	parts.push(...pavingJoints(rng));
	parts.push(
		`<rect y="${kerbTop}" width="${W}" height="${kerbBottom - kerbTop}" fill="#c9c7c2"/>`,
		`<rect y="${kerbBottom - 5}" width="${W}" height="5" fill="#7d7b77"/>`,
		`<rect y="${kerbBottom}" width="${W}" height="${H - kerbBottom}" fill="#4a4b4d"/>`,
		`<rect y="${H - 40}" width="${W}" height="8" fill="#e8e3d3" opacity="0.85"/>`
	);
	if (rng.chance(0.6)) parts.push(...tree(rng));
	return parts.join('');
}

function windows(rng: Rng): string[] {
	const columns = rng.int(4, 6);
	const step = DEMO_PHOTO_WIDTH / columns;
	const frame = rng.pick(['#5b5b5b', '#f2f2f2', '#7a5230']);
	const out: string[] = [];
	for (let row = 0; row < 2; row++) {
		for (let col = 0; col < columns; col++) {
			const x = col * step + step * 0.22;
			const y = 80 + row * 85;
			out.push(
				`<rect x="${x.toFixed(1)}" y="${y}" width="${(step * 0.56).toFixed(1)}" height="56" fill="#6f8799" stroke="${frame}" stroke-width="5"/>`
			);
		}
	}
	return out;
}

function shopFront(rng: Rng): string[] {
	const x = rng.int(40, 420);
	const width = rng.int(360, 480);
	const shutter = rng.chance(0.5);
	const out = [
		`<rect x="${x}" y="248" width="${width}" height="30" fill="${rng.pick(SIGNS)}"/>`,
		`<rect x="${x + 20}" y="256" width="${width * 0.5}" height="14" fill="#ffffff" opacity="0.85"/>`,
		`<rect x="${x}" y="278" width="${width}" height="${STREET.wallBase - 278}" fill="${shutter ? '#9fa3a6' : '#50626e'}"/>`
	];
	if (shutter) {
		for (let y = 284; y < STREET.wallBase; y += 8) {
			out.push(`<rect x="${x}" y="${y}" width="${width}" height="2" fill="#7f8386"/>`);
		}
	}
	return out;
}

/** Joints of square paving slabs, converging on a vanishing point above the wall. */
function pavingJoints(rng: Rng): string[] {
	const { wallBase, kerbTop } = STREET;
	const vx = rng.range(320, 640);
	const vy = 150;
	const t = (kerbTop - wallBase) / (kerbTop - vy);
	const out: string[] = [];
	for (let x = -400; x <= DEMO_PHOTO_WIDTH + 400; x += 90) {
		const top = x + (vx - x) * t;
		out.push(line(x, kerbTop, top, wallBase));
	}
	for (let k = 1; k < 6; k++) {
		const y = wallBase + (kerbTop - wallBase) * (k / 6) ** 1.5;
		out.push(line(0, y, DEMO_PHOTO_WIDTH, y));
	}
	return out;
}

const line = (x1: number, y1: number, x2: number, y2: number) =>
	`<line x1="${x1.toFixed(1)}" y1="${y1.toFixed(1)}" x2="${x2.toFixed(1)}" y2="${y2.toFixed(1)}" stroke="#6d6b67" stroke-width="2" opacity="0.6"/>`;

function tree(rng: Rng): string[] {
	const x = rng.pick([rng.range(40, 200), rng.range(760, 920)]);
	const base = STREET.kerbTop - 12;
	const out = [
		`<rect x="${(x - 40).toFixed(1)}" y="${base - 10}" width="80" height="22" fill="#5a4a3a"/>`,
		`<rect x="${(x - 9).toFixed(1)}" y="${base - 260}" width="18" height="260" fill="#6b4f35"/>`
	];
	for (let i = 0; i < 6; i++) {
		const cx = x + rng.range(-90, 90);
		const cy = base - 300 + rng.range(-70, 50);
		out.push(
			`<circle cx="${cx.toFixed(1)}" cy="${cy.toFixed(1)}" r="${rng.int(55, 85)}" fill="${rng.pick(['#3f7a3a', '#4d8c44', '#356b32'])}" opacity="0.92"/>`
		);
	}
	return out;
}
