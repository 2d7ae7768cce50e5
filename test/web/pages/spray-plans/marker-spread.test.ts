import { describe, expect, it } from 'vitest';
import { spreadMarkers, spreadOnMap } from '../../../../web/src/pages/spray-plans/marker-spread';

const R = 10;
const gap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.hypot(a.x - b.x, a.y - b.y);

describe('spreadMarkers', () => {
	it('leaves markers that do not touch where they are', () => {
		const placed = spreadMarkers(
			[
				{ x: 0, y: 0 },
				{ x: 30, y: 0 }
			],
			R
		);
		expect(placed).toEqual([
			{ x: 0, y: 0, dx: 0, dy: 0 },
			{ x: 30, y: 0, dx: 0, dy: 0 }
		]);
	});

	it('moves markers off each other: six stops at one place, none hidden', () => {
		const same = Array.from({ length: 6 }, () => ({ x: 100, y: 100 }));
		const placed = spreadMarkers([...same, { x: 104, y: 98 }], R);
		for (let i = 0; i < placed.length; i++)
			for (let j = i + 1; j < placed.length; j++)
				expect(gap(placed[i], placed[j])).toBeGreaterThanOrEqual(2 * R - 1e-9);
		// The first keeps its place; the others stay close (within a few marker widths).
		expect(placed[0]).toEqual({ x: 100, y: 100, dx: 0, dy: 0 });
		for (const p of placed) expect(Math.hypot(p.dx, p.dy)).toBeLessThanOrEqual(6 * R);
	});

	it('is deterministic', () => {
		const pts = [
			{ x: 5, y: 5 },
			{ x: 6, y: 5 },
			{ x: 5, y: 7 }
		];
		expect(spreadMarkers(pts, R)).toEqual(spreadMarkers(pts, R));
	});
});

describe('spreadOnMap', () => {
	/** Web-Mercator-like at town scale: 100,000 px per degree east, y grows southwards. */
	const project = ([lng, lat]: [number, number]): [number, number] => [
		(lng - 113) * 100_000,
		(23 - lat) * 110_000
	];

	it('moves coincident stops apart by at least two radii on screen', () => {
		const at: [number, number][] = [
			[113.09, 22.96],
			[113.09, 22.96],
			[113.09001, 22.96]
		];
		const placed = spreadOnMap(at, project, 12)!;
		expect(placed[0]).toEqual([113.09, 22.96]);
		const px = placed.map(project);
		for (let i = 0; i < px.length; i++)
			for (let j = i + 1; j < px.length; j++)
				expect(Math.hypot(px[i][0] - px[j][0], px[i][1] - px[j][1])).toBeGreaterThanOrEqual(
					24 - 1e-6
				);
	});

	it('waits for a map that cannot project yet', () => {
		expect(spreadOnMap([[113, 23]], () => null, 12)).toBeNull();
	});
});
