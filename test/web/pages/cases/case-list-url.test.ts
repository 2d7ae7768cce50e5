import { describe, expect, it } from 'vitest';
import {
	ariaSort,
	casesQuery,
	EMPTY_LIST,
	exportUrl,
	listFromParams,
	listToParams,
	nextSort
} from '../../../../web/src/pages/cases/case-list-url';

const params = (s: string) => new URLSearchParams(s);

describe('the case list in the URL (issue 14 item 4)', () => {
	it('writes only what differs from the empty list, and reads it back', () => {
		expect(listToParams(EMPTY_LIST)).toEqual({
			status: null,
			category: null,
			zone: null,
			assignee: null,
			source: null,
			overdue: null,
			escalated: null,
			from: null,
			to: null,
			sort: null,
			offset: null
		});
		const list = {
			...EMPTY_LIST,
			status: ['accepted', 'dispatched'] as const,
			zone: 'C01',
			overdue: true,
			escalated: ['referred'] as const,
			from: '2024-05-01',
			sort: 'deadline',
			offset: 50
		};
		const written = listToParams({
			...list,
			status: [...list.status],
			escalated: [...list.escalated]
		});
		const back = listFromParams(
			params(
				Object.entries(written)
					.flatMap(([k, v]) => (v ? [`${k}=${v}`] : []))
					.join('&')
			)
		);
		expect(back).toEqual({ ...list, status: ['accepted', 'dispatched'], escalated: ['referred'] });
		expect(written.escalated).toBe('referred');
		// An unknown escalation word in a URL is dropped, as an unknown status is.
		expect(listFromParams(params('escalated=supervised,urgent')).escalated).toEqual(['supervised']);
	});

	it('ignores malformed parameters: unknown statuses, sources, sorts, dates and offsets', () => {
		expect(
			listFromParams(
				params('status=closed,bogus,closed&source=tv&sort=-zone&from=5.3&offset=-4&overdue=yes')
			)
		).toEqual({ ...EMPTY_LIST, status: ['closed'] });
	});

	it('asks the API for one page with the filters and sort', () => {
		const q = casesQuery({ ...EMPTY_LIST, status: ['handled'], overdue: true, offset: 100 });
		expect(q).toBe('status=handled&overdue=true&sort=-reported_at&limit=50&offset=100');
	});

	it('carries the filters and the UI language into the export links, without paging', () => {
		const url = exportUrl({ ...EMPTY_LIST, zone: 'C01', overdue: true, offset: 50 }, 'xlsx', 'en');
		expect(url).toBe(
			'/api/cases/export?zone=C01&overdue=true&sort=-reported_at&format=xlsx&lang=en'
		);
	});

	it('sorts ascending on a first click; only the times turn descending on a second', () => {
		expect(nextSort('-reported_at', 'deadline')).toBe('deadline');
		expect(nextSort('deadline', 'deadline')).toBe('-deadline');
		expect(nextSort('zone', 'zone')).toBe('zone');
		expect(ariaSort('-deadline', 'deadline')).toBe('descending');
		expect(ariaSort('-deadline', 'zone')).toBe('none');
	});
});
