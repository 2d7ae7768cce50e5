import { describe, expect, it } from 'vitest';
import { formatLocalTime } from '../../../../server/domain/routing/local-time';
import { runInTimeZone } from '../../../helpers/run-in-time-zone';

const CASES = [
	// The case: half past midnight on New Year's Day in Shanghai.
	{ at: '2024-12-31T16:30:00.000Z', local: '2025-01-01T00:30:00' },
	{ at: '2024-05-10T00:30:15.999Z', local: '2024-05-10T08:30:15' },
	{ at: '2024-02-28T16:00:00.000Z', local: '2024-02-29T00:00:00' }
];

describe('formatLocalTime', () => {
	it.each(CASES)('writes $at as Shanghai wall time $local', ({ at, local }) => {
		expect(formatLocalTime(new Date(at))).toBe(local);
	});

	it.each(['UTC', 'America/New_York'])(
		'gives the same wall time in a server process started with TZ=%s',
		async (timeZone) => {
			const result = await runInTimeZone<{ zone: string; formatted: string[] }>(
				timeZone,
				`import { formatLocalTime } from './server/domain/routing/local-time.ts';
				const formatted = ${JSON.stringify(CASES.map((c) => c.at))}.map((t) => formatLocalTime(new Date(t)));
				console.log(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, formatted }));`
			);
			expect(result.zone).toBe(timeZone);
			expect(result.formatted).toEqual(CASES.map((c) => c.local));
		}
	);
});
