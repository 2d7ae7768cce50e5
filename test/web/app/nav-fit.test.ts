import { describe, expect, it } from 'vitest';
import { linksThatFit } from '../../../web/src/app/nav-fit';

describe('linksThatFit', () => {
	it('keeps every link when they fit, gaps counted between them only', () => {
		// 3 × 60 + 2 × 4 = 188 ≤ 188
		expect(linksThatFit([60, 60, 60], 188, 4, 70)).toBe(3);
	});
	it('puts the rest under 更多 once one more pixel is missing', () => {
		// 187 < 188: 更多 (70) + 4 + 60 = 134, + 4 + 60 = 198 > 187, so one link stays
		expect(linksThatFit([60, 60, 60], 187, 4, 70)).toBe(1);
	});
	it('keeps links in their order: a narrow later link does not jump ahead of a wide one', () => {
		// 更多 70 + 4 + 50 = 124; + 4 + 120 = 248 > 200: stop, although the 30 px one would fit
		expect(linksThatFit([50, 120, 30], 200, 4, 70)).toBe(1);
	});
	it('leaves only 更多 when not even the first link fits beside it', () => {
		expect(linksThatFit([90, 90], 120, 4, 70)).toBe(0);
	});
});
