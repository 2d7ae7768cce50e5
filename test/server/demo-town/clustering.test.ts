import { booleanPointInPolygon, point, bbox } from '@turf/turf';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../server/contract/records';
import { generateDemoTown } from '../../../server/demo-town';
import { toLocal, type XY } from '../../../server/demo-town/frame';
import { pointToLineDistance } from '../../../server/demo-town/geometry';
import { createRng } from '../../../server/domain/random/seeded-random';

let d: Dataset;
beforeAll(() => {
	d = generateDemoTown(1);
});

describe('demo-town blind-spot clustering', () => {
	it('puts reports much nearer to markets, garbage stations, construction and lanes than chance', () => {
		const anchors = d.pois
			.filter((p) => ['market', 'garbage_station', 'construction'].includes(p.kind))
			.map((p) => toLocal([p.lng, p.lat]));
		const lanes = d.roads
			.filter((r) => r.grade === 4)
			.map((r) => r.geometry.coordinates.map((c) => toLocal(c as [number, number])));
		const nearest = (p: XY) =>
			Math.min(
				...anchors.map((a) => Math.hypot(a[0] - p[0], a[1] - p[1])),
				...lanes.map((l) => pointToLineDistance(p, l))
			);
		const mean = (ps: XY[]) => ps.reduce((s, p) => s + nearest(p), 0) / ps.length;

		const town = d.zones.find((z) => z.id === 'town')!;
		const [w, s, e, n] = bbox(town.geometry);
		const rng = createRng(42);
		const uniform: XY[] = [];
		while (uniform.length < 1000) {
			const p: [number, number] = [rng.range(w, e), rng.range(s, n)];
			if (booleanPointInPolygon(point(p), town.geometry)) uniform.push(toLocal(p));
		}
		const reports = d.blindSpots.map((b) => toLocal([b.lng, b.lat]));
		expect(mean(reports)).toBeLessThan(0.5 * mean(uniform));
	});
});
