import type { Page } from 'playwright-core';
import type { LayerCollection } from '../../../server/contract/layers';

export interface PickTarget {
	id: string;
	category: string;
	x: number;
	y: number;
}

const OPEN = ['reported', 'dispatched', 'processing'];

/**
 * An open blind spot (drawn on top) inside `clip` whose nearest other blind spot or place is
 * farthest away on screen, so hovering its centre can only pick it. Positions come from the
 * app's `window.__sanimap.project` hook.
 */
export async function findIsolatedBlindSpot(
	page: Page,
	blindspots: LayerCollection<'blindspots'>,
	pois: LayerCollection<'pois'>,
	clip: { x: number; y: number; width: number; height: number }
): Promise<PickTarget> {
	const points = [...blindspots.features, ...pois.features]
		.filter((f) => f.geometry?.type === 'Point')
		.map((f) => ({
			id: f.properties.id,
			category: 'category' in f.properties ? f.properties.category : null,
			open: 'status' in f.properties && OPEN.includes(f.properties.status),
			lngLat: (f.geometry as GeoJSON.Point).coordinates as [number, number]
		}));
	const screen = await page.evaluate(
		(lngLats) => lngLats.map((p) => window.__sanimap?.project(p) ?? [NaN, NaN]),
		points.map((p) => p.lngLat)
	);
	let best: (PickTarget & { gap: number }) | null = null;
	points.forEach((p, i) => {
		const [x, y] = screen[i];
		const inside = x > clip.x + 20 && x < clip.x + clip.width - 20 && y > clip.y + 20;
		if (!p.open || !p.category || !inside || y > clip.y + clip.height - 20) return;
		let gap = Infinity;
		screen.forEach(([ox, oy], j) => {
			if (j !== i) gap = Math.min(gap, Math.hypot(ox - x, oy - y));
		});
		if (!best || gap > best.gap) best = { id: p.id, category: p.category, x, y, gap };
	});
	if (!best) throw new Error('no open blind spot is visible in the map area');
	return best;
}
