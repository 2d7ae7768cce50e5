import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../web/src/api/client';
import {
	campaignErrorText,
	remainingPlanPath,
	shareText,
	sharePct,
	timelineBars
} from '../../../../web/src/pages/pest/campaign-words';
import { campaignRemainingStops } from '../../../../web/src/pages/spray-plans/plan-request';
import { Locale } from '../../../../web/src/i18n';

const zh = new Locale().t;
const english = new Locale();
english.lang = 'en';
const en = english.t;

describe('campaign page words', () => {
	it('writes the share as treated / targets and a rounded percent', () => {
		// 34 of 60 = 56.67 % → 57 %; 119 of 120 = 99.17 % → 99 % (not 100 before it is).
		expect(shareText(34, 60)).toBe('34 / 60 (57%)');
		expect(shareText(119, 120)).toBe('119 / 120 (99%)');
		expect(shareText(0, 0)).toBe('—');
		expect(sharePct(1, 3)).toBe(33.3);
	});

	it('places phases on the campaign timeline by day, both ends inside', () => {
		// Campaign 6/16–8/15 is 61 days; 清理孳生地 6/16–6/30 is days 0–14 (15 days): 0 %, 24.6 %.
		expect(
			timelineBars({ from: '2025-06-16', to: '2025-08-15' }, [
				{ id: 'p1', from: '2025-06-16', to: '2025-06-30' },
				{ id: 'p3', from: '2025-07-16', to: '2025-08-15' }
			])
		).toEqual([
			{ id: 'p1', left: 0, width: 24.6 },
			// 7/16 is day 30 (49.2 %); 7/16–8/15 is 31 days (50.8 %): it ends at the right edge.
			{ id: 'p3', left: 49.2, width: 50.8 }
		]);
	});

	it('opens the planner on the untreated targets only, none when all are treated', () => {
		const targets = [
			{
				id: 'a',
				lng: 113,
				lat: 23,
				kind: 'water_body',
				label: '塘',
				treatedOn: null,
				serviceMin: 20
			},
			{
				id: 'b',
				lng: 113,
				lat: 23,
				kind: 'toilet',
				label: '厕',
				treatedOn: '2025-07-01',
				serviceMin: 10
			}
		];
		expect(remainingPlanPath('2025-3', targets)).toBe('/routes?campaign=2025-3');
		expect(remainingPlanPath('2025-3', [targets[1]])).toBeNull();
		expect(campaignRemainingStops(targets)).toEqual([
			{ id: 'a', lng: 113, lat: 23, serviceMin: 20, kind: 'water_body', label: '塘' }
		]);
	});

	it('says a refused write in the user’s language', () => {
		const outside = new ApiError(400, 'phase_outside_campaign', 'phase "x" must lie inside');
		expect(campaignErrorText(outside, zh)).toBe(
			'阶段日期必须在行动日期之内（改行动日期前，先调整阶段）。'
		);
		expect(campaignErrorText(new ApiError(400, 'unknown_team', 'no team'), en)).toBe(
			'There is no such team.'
		);
		expect(
			campaignErrorText(new ApiError(400, 'invalid_parameter', 'from must not be after to'), zh)
		).toBe('结束日期不能早于开始日期。');
	});
});
