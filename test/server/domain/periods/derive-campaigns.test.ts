import { describe, expect, it } from 'vitest';
import { deriveCampaigns } from '../../../../server/domain/periods/derive-campaigns';

describe('deriveCampaigns', () => {
	it('spans each named campaign from its first to its last event day, ids by year and start', () => {
		const events = [
			{ campaign: '2025 秋季除四害', startedAt: '2025-10-22T08:00:00' },
			{ campaign: '2025 春季除四害', startedAt: '2025-04-22T08:30:00' },
			{ campaign: '2025 春季除四害', startedAt: '2025-03-25T08:00:00' },
			{ campaign: '2025 秋季除四害', startedAt: '2025-09-03T08:00:00' },
			{ campaign: null, startedAt: '2025-06-01T08:00:00' },
			{ campaign: '2024 秋季除四害', startedAt: '2024-09-03T08:00:00' }
		];
		expect(deriveCampaigns(events)).toEqual([
			{ id: '2024-1', name: '2024 秋季除四害', from: '2024-09-03', to: '2024-09-03' },
			{ id: '2025-1', name: '2025 春季除四害', from: '2025-03-25', to: '2025-04-22' },
			{ id: '2025-2', name: '2025 秋季除四害', from: '2025-09-03', to: '2025-10-22' }
		]);
	});
});
