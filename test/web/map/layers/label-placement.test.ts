import { describe, expect, it } from 'vitest';
import {
	placeLabels,
	textWidth,
	worldPixel,
	type PlacedLabel
} from '../../../../web/src/map/layers/label-placement';
import type { LabelDatum } from '../../../../web/src/map/layers/labels';

/** The demo town's centre, where 新街社区 and the key area 商业街区 share a centroid. */
const CENTRE: [number, number] = [113.0905, 22.9625];

function label(
	id: string,
	text: string,
	position: [number, number],
	extra: Partial<LabelDatum> = {}
) {
	return Object.freeze({
		id,
		text,
		position,
		angle: 0,
		size: 14,
		color: [0, 0, 0, 255],
		priority: 0,
		...extra
	}) as LabelDatum;
}

/** Screen boxes of placed labels as the placement sees them (anchor + offset). */
function overlapping(placed: PlacedLabel[], zoom: number): string[] {
	const boxes = placed.map((l) => {
		const [x, y] = worldPixel(l.position, zoom);
		const w = textWidth(l.text, l.size);
		const h = l.size * 1.2;
		return { id: l.id, x: x + l.offset[0], y: y + l.offset[1], w, h };
	});
	const hits: string[] = [];
	for (const a of boxes)
		for (const b of boxes)
			if (
				a.id < b.id &&
				Math.abs(a.x - b.x) < (a.w + b.w) / 2 &&
				Math.abs(a.y - b.y) < (a.h + b.h) / 2
			)
				hits.push(`${a.id}×${b.id}`);
	return hits;
}

describe('placeLabels', () => {
	it('measures Chinese at one em per character and Latin narrower', () => {
		expect(textWidth('新街社区', 14)).toBe(56);
		expect(textWidth('Xinjie', 10)).toBeCloseTo(36);
		const [x, y] = worldPixel([0, 0], 0);
		expect([x, y]).toEqual([256, 256]);
	});

	it('moves the key area’s name above the community name that shares its centre', () => {
		const placed = placeLabels(
			[
				label('zone:KA', '商业街区', CENTRE, { size: 13, priority: 1 }),
				label('zone:XJ', '新街社区', CENTRE)
			],
			14.3
		);
		expect(placed.map((l) => l.id)).toEqual(['zone:XJ', 'zone:KA']);
		expect(placed[0].offset).toEqual([0, 0]);
		expect(placed[1].offset[1]).toBeLessThan(-14);
		expect(overlapping(placed, 14.3)).toEqual([]);
	});

	it('drops the lower-priority road name that would cross a zone name, and brings it back zoomed in', () => {
		const nearby: [number, number] = [CENTRE[0] + 0.0004, CENTRE[1]];
		const labels = [
			label('zone:XJ', '新街社区', CENTRE),
			label('road:JF', '解放路', nearby, { angle: 80, size: 12, priority: 2 }),
			label('zone:KA', '商业街区', CENTRE, { size: 13, priority: 1 })
		];
		const far = placeLabels(labels, 13);
		expect(far.map((l) => l.id)).not.toContain('road:JF');
		expect(overlapping(far, 13)).toEqual([]);
		const near = placeLabels(labels, 17);
		expect(near.map((l) => l.id).sort()).toEqual(['road:JF', 'zone:KA', 'zone:XJ']);
		expect(overlapping(near, 17)).toEqual([]);
	});

	it('leaves no two labels overlapping among many crowded names', () => {
		const labels = Array.from({ length: 60 }, (_, i) =>
			label(
				`l${i}`,
				i % 2 ? '东湖社区' : 'Dongjie Road',
				[CENTRE[0] + ((i * 37) % 23) * 0.0002, CENTRE[1] + ((i * 11) % 17) * 0.0002],
				{ priority: i % 3 }
			)
		);
		const placed = placeLabels(labels, 15);
		expect(placed.length).toBeGreaterThan(5);
		expect(placed.length).toBeLessThan(60);
		expect(overlapping(placed, 15)).toEqual([]);
	});
});
