/**
 * The district's way of sampling a key group (区环卫考核, issue 16 item 4): draw roads at
 * random without replacement, then one section at random on each drawn road. Pure: the same
 * seed and the same roads give the same sample, so a leader can run the drill again.
 */
import { createRng } from '../random/seeded-random';

export interface SampleRoad<S> {
	roadId: string;
	/** The road's sections in a stable order (segment id, then index along it). */
	sections: readonly S[];
}

/** Up to `count` sections, one per drawn road, in the order the roads were drawn. */
export function drawDistrictSample<S>(
	roads: readonly SampleRoad<S>[],
	seed: number,
	count: number
): { roadId: string; section: S }[] {
	const rng = createRng(seed).fork('district-sample');
	const eligible = roads
		.filter((r) => r.sections.length > 0)
		.slice()
		.sort((a, b) => (a.roadId < b.roadId ? -1 : a.roadId > b.roadId ? 1 : 0));
	return rng
		.shuffle(eligible)
		.slice(0, Math.max(0, count))
		.map((road) => ({ roadId: road.roadId, section: rng.pick(road.sections) }));
}
