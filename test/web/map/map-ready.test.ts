import { describe, expect, it } from 'vitest';
import { MapReadyTracker } from '../../../web/src/map/map-ready';

/** A tracker whose "next frame" runs when the test says so. */
function createTracker() {
	const frames: (() => void)[] = [];
	const changes: [boolean, number][] = [];
	const tracker = new MapReadyTracker(
		(ready, count) => changes.push([ready, count]),
		(callback) => frames.push(callback)
	);
	const nextFrame = () => frames.splice(0).forEach((f) => f());
	return { tracker, changes, nextFrame };
}

/** Style loaded, data arrived, layers set, deck drew, map idle. */
function settle(t: MapReadyTracker) {
	t.styleLoaded();
	t.setDataBusy(false);
	t.layersChanged();
	t.deckRendered();
	t.mapIdle();
}

describe('MapReadyTracker', () => {
	it('turns ready one frame after everything has settled', () => {
		const { tracker, changes, nextFrame } = createTracker();
		settle(tracker);
		expect(tracker.ready).toBe(false);
		nextFrame();
		expect(tracker.ready).toBe(true);
		expect(changes).toEqual([[true, 1]]);
	});

	it('waits for data: no ready while requests are in flight', () => {
		const { tracker, nextFrame } = createTracker();
		settle(tracker);
		tracker.setDataBusy(true);
		nextFrame();
		expect(tracker.ready).toBe(false);
	});

	it('waits for deck to draw layers that changed after the data arrived', () => {
		const { tracker, nextFrame } = createTracker();
		settle(tracker);
		tracker.layersChanged();
		nextFrame();
		expect(tracker.ready).toBe(false);
		tracker.deckRendered();
		nextFrame();
		expect(tracker.ready).toBe(true);
	});

	it('drops to false when the view moves and counts the next ready', () => {
		const { tracker, changes, nextFrame } = createTracker();
		settle(tracker);
		nextFrame();
		tracker.mapBusy();
		expect(tracker.ready).toBe(false);
		tracker.mapIdle();
		nextFrame();
		expect(changes).toEqual([
			[true, 1],
			[false, 1],
			[true, 2]
		]);
	});

	it('is never ready before any data layer was handed to deck', () => {
		const { tracker, nextFrame } = createTracker();
		tracker.styleLoaded();
		tracker.setDataBusy(false);
		tracker.deckRendered();
		tracker.mapIdle();
		nextFrame();
		expect(tracker.ready).toBe(false);
	});
});
