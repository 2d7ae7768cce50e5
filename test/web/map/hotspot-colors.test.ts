import { describe, expect, it } from 'vitest';
import {
	binConfidence,
	HOTSPOT_FILL_ALPHA,
	HOTSPOT_NEUTRAL_ALPHA,
	hotspotFill,
	roadRateClass,
	toHotspotBin
} from '../../../web/src/map/hotspot-colors';

describe('hot-spot bin colours', () => {
	it.each([
		[3, [178, 24, 43, HOTSPOT_FILL_ALPHA]],
		[2, [239, 138, 98, HOTSPOT_FILL_ALPHA]],
		[1, [253, 219, 199, HOTSPOT_FILL_ALPHA]],
		[0, [247, 247, 247, HOTSPOT_NEUTRAL_ALPHA]],
		[-1, [209, 229, 240, HOTSPOT_FILL_ALPHA]],
		[-2, [103, 169, 207, HOTSPOT_FILL_ALPHA]],
		[-3, [33, 102, 172, HOTSPOT_FILL_ALPHA]]
	])('bin %i is RdBu %j', (bin, rgba) => {
		expect(hotspotFill(bin)).toEqual(rgba);
	});

	it('keeps hot red and cold blue: red channel falls from hot to cold', () => {
		const reds = [3, 2, 1, -1, -2, -3].map((b) => hotspotFill(b)[0]);
		const blues = [3, 2, 1, -1, -2, -3].map((b) => hotspotFill(b)[2]);
		expect(hotspotFill(3)[0]).toBeGreaterThan(hotspotFill(3)[2]);
		expect(hotspotFill(-3)[2]).toBeGreaterThan(hotspotFill(-3)[0]);
		expect(reds.slice(3)).toEqual([...reds.slice(3)].sort((a, b) => b - a));
		expect(blues.length).toBe(6);
	});

	it('clamps out-of-range bins to the ends', () => {
		expect(toHotspotBin(7)).toBe(3);
		expect(toHotspotBin(-9)).toBe(-3);
		expect(toHotspotBin(0.2)).toBe(0);
	});

	it.each([
		[3, 99],
		[-3, 99],
		[2, 95],
		[-1, 90],
		[0, null]
	])('bin %i stands for %s %% confidence', (bin, confidence) => {
		expect(binConfidence(bin)).toBe(confidence);
	});
});

describe('road rate classes', () => {
	it.each([
		[0, 0],
		[0.1, 1],
		[0.5, 2],
		[0.99, 2],
		[1, 3],
		[1.9, 3],
		[2, 4],
		[12, 4],
		[Number.NaN, 0]
	])('%f reports per 100 m is class %i', (rate, cls) => {
		expect(roadRateClass(rate)).toBe(cls);
	});
});
