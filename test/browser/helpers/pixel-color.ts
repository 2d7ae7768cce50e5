import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

/** Median colour of the 7×7 pixels around (x, y): thin outlines crossing the point drop out. */
export function colorAt(png: Buffer, x: number, y: number): Rgb {
	const img = PNG.sync.read(png);
	const channels: number[][] = [[], [], []];
	for (let dy = -3; dy <= 3; dy++) {
		for (let dx = -3; dx <= 3; dx++) {
			const i = (img.width * Math.round(y + dy) + Math.round(x + dx)) * 4;
			for (let c = 0; c < 3; c++) channels[c].push(img.data[i + c]);
		}
	}
	return channels.map((v) => v.sort((a, b) => a - b)[24]) as Rgb;
}

/** The darkest channel-sum pixel within `radius` of (x, y): finds a thin dark line near a point. */
export function darkestNear(png: Buffer, x: number, y: number, radius = 3): Rgb {
	const img = PNG.sync.read(png);
	let best: Rgb = [255, 255, 255];
	for (let dy = -radius; dy <= radius; dy++) {
		for (let dx = -radius; dx <= radius; dx++) {
			const i = (img.width * Math.round(y + dy) + Math.round(x + dx)) * 4;
			const rgb: Rgb = [img.data[i], img.data[i + 1], img.data[i + 2]];
			if (rgb[0] + rgb[1] + rgb[2] < best[0] + best[1] + best[2]) best = rgb;
		}
	}
	return best;
}

/** A colour over `under` with straight alpha (how deck.gl blends a translucent fill). */
export function blend(rgb: number[], alpha255: number, under: number[]): number[] {
	const a = alpha255 / 255;
	return rgb.slice(0, 3).map((c, i) => c * a + under[i] * (1 - a));
}

/** Largest per-channel difference. */
export const colorDistance = (a: number[], b: number[]) =>
	Math.max(...a.map((v, i) => Math.abs(v - b[i])));
