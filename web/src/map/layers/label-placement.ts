import type { LabelDatum } from './labels';

/** Pixels kept between two labels' boxes (their halos touch at 0). */
export const LABEL_GAP_PX = 3;
/** A text box's height per pixel of font size (Noto Sans CJK's line box). */
const LINE_HEIGHT = 1.2;
/** Advance of a non-CJK character per pixel of font size (Latin digits and letters, weight 600). */
const LATIN_ADVANCE = 0.6;
/** MapLibre and deck.gl measure zoom in 512-pixel tiles. */
const TILE_PX = 512;

export interface PlacedLabel extends LabelDatum {
	/** Screen offset from the anchor in pixels (y down), for deck's `getPixelOffset`. */
	offset: [number, number];
}

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

/** Web Mercator pixel of a [lng, lat] at `zoom`, the space deck draws labels in. */
export function worldPixel([lng, lat]: [number, number], zoom: number): [number, number] {
	const scale = TILE_PX * 2 ** zoom;
	const s = Math.sin((lat * Math.PI) / 180);
	return [((lng + 180) / 360) * scale, (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * scale];
}

/** Rough width of a label: a CJK character is one em, anything else ~0.6 em. */
export function textWidth(text: string, size: number): number {
	let em = 0;
	for (const ch of text)
		em += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : LATIN_ADVANCE;
	return em * size;
}

function boxOf(label: LabelDatum, zoom: number, [dx, dy]: [number, number]): Box {
	const [x, y] = worldPixel(label.position, zoom);
	const w = textWidth(label.text, label.size) + 2 * LABEL_GAP_PX;
	const h = label.size * LINE_HEIGHT + 2 * LABEL_GAP_PX;
	// A label along a road is rotated: keep the box that holds it whole.
	const a = (label.angle * Math.PI) / 180;
	const bw = Math.abs(w * Math.cos(a)) + Math.abs(h * Math.sin(a));
	const bh = Math.abs(w * Math.sin(a)) + Math.abs(h * Math.cos(a));
	return { x0: x + dx - bw / 2, y0: y + dy - bh / 2, x1: x + dx + bw / 2, y1: y + dy + bh / 2 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * Greedy label placement at one zoom: labels are taken in `priority` order (ties keep input
 * order); each tries its anchor, then just above, then just below it (upright labels only),
 * and is dropped when every spot overlaps a label already placed. Zooming in frees room, so
 * the dropped names come back.
 */
export function placeLabels(labels: readonly LabelDatum[], zoom: number): PlacedLabel[] {
	const order = labels
		.map((label, i) => ({ label, i }))
		.sort((a, b) => a.label.priority - b.label.priority || a.i - b.i);
	const placed: { label: PlacedLabel; box: Box }[] = [];
	for (const { label } of order) {
		// One padded line plus a gap: clears a neighbour of about the same size (12–14 px).
		const step = label.size * LINE_HEIGHT + 3 * LABEL_GAP_PX;
		const offsets: [number, number][] =
			label.angle === 0
				? [
						[0, 0],
						[0, -step],
						[0, step]
					]
				: [[0, 0]];
		for (const offset of offsets) {
			const box = boxOf(label, zoom, offset);
			if (placed.some((p) => overlaps(p.box, box))) continue;
			placed.push({ label: { ...label, offset }, box });
			break;
		}
	}
	return placed.map((p) => p.label);
}

/** Placement once the map's zoom is known; before that (the first frame) no names at all. */
export function placeLabelsAt(labels: readonly LabelDatum[], zoom: number | null): PlacedLabel[] {
	return zoom === null ? [] : placeLabels(labels, zoom);
}
