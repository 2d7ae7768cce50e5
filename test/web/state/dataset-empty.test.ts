import { describe, expect, it } from 'vitest';
import { missingData } from '../../../web/src/state/dataset-empty';

const NO_DATES = { from: null, to: null };

describe('missingData', () => {
	it('says everything is missing on an empty install', () => {
		expect(missingData({ bbox: null, dateRange: NO_DATES })).toBe('all');
	});
	it('says the records are missing when only zones and roads were imported', () => {
		expect(missingData({ bbox: [113, 22, 114, 23], dateRange: NO_DATES })).toBe('records');
	});
	it('finds nothing missing once there are dated records', () => {
		const dateRange = { from: '2025-01-02', to: '2025-12-31' };
		expect(missingData({ bbox: [113, 22, 114, 23], dateRange })).toBeNull();
		expect(missingData({ bbox: null, dateRange })).toBeNull();
	});
});
