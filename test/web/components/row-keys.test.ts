import { describe, expect, it } from 'vitest';
import { nextRowIndex } from '../../../web/src/components/row-keys';

describe('nextRowIndex', () => {
	it('moves one row with the arrows and stops at either end', () => {
		expect(nextRowIndex('ArrowDown', 0, 3)).toBe(1);
		expect(nextRowIndex('ArrowDown', 2, 3)).toBe(2);
		expect(nextRowIndex('ArrowUp', 1, 3)).toBe(0);
		expect(nextRowIndex('ArrowUp', 0, 3)).toBe(0);
	});
	it('jumps to the first or last row with Home and End', () => {
		expect(nextRowIndex('Home', 2, 5)).toBe(0);
		expect(nextRowIndex('End', 0, 5)).toBe(4);
	});
	it('leaves other keys (Enter, Tab) to the browser', () => {
		expect(nextRowIndex('Enter', 0, 3)).toBeNull();
		expect(nextRowIndex('Tab', 0, 3)).toBeNull();
	});
});
