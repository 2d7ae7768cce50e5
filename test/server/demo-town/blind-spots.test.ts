import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../server/contract/records';
import { BLIND_SPOT_CATEGORIES } from '../../../server/domain/catalogues/blind-spot-categories';
import { generateDemoTown } from '../../../server/demo-town';

let d: Dataset;
beforeAll(() => {
	d = generateDemoTown(1);
});

const RECENT = '2025-12-01';
const minutesOf = (iso: string) => Date.parse(`${iso}Z`) / 60_000;

describe('demo-town blind spots', () => {
	it('has at least 400 reports over 2023–2025 from catalogue categories', () => {
		expect(d.blindSpots.length).toBeGreaterThanOrEqual(400);
		const codes = new Set(BLIND_SPOT_CATEGORIES.map((c) => c.code));
		expect(d.blindSpots.filter((b) => !codes.has(b.category))).toEqual([]);
		expect(new Set(d.blindSpots.map((b) => b.category)).size).toBeGreaterThanOrEqual(10);
		for (const year of ['2023', '2024', '2025'])
			expect(d.blindSpots.filter((b) => b.reportedAt.startsWith(year)).length).toBeGreaterThan(100);
	});

	it('reports mostly on weekdays in working hours, from the known channels', () => {
		const sources = new Set(d.blindSpots.map((b) => b.source));
		expect(sources).toEqual(new Set(['网格员巡查', '市民投诉', '12345热线', '领导督查']));
		const office = d.blindSpots.filter((b) => {
			const day = new Date(`${b.reportedAt}Z`).getUTCDay();
			const hour = Number(b.reportedAt.slice(11, 13));
			return day >= 1 && day <= 5 && hour >= 8 && hour < 18;
		});
		expect(office.length / d.blindSpots.length).toBeGreaterThan(0.6);
	});

	it('sets a due time after the report, never on a weekend, within working hours', () => {
		for (const b of d.blindSpots) {
			expect(b.dueAt! > b.reportedAt).toBe(true);
			const due = new Date(`${b.dueAt}Z`);
			expect([0, 6]).not.toContain(due.getUTCDay());
			const minute = due.getUTCHours() * 60 + due.getUTCMinutes();
			expect(minute).toBeGreaterThan(9 * 60);
			expect(minute).toBeLessThanOrEqual(17 * 60);
		}
	});

	it('gives a 2-hour category a due time 2 working hours on when reported mid-morning', () => {
		const quick = d.blindSpots.filter((b) => {
			const hour = Number(b.reportedAt.slice(11, 13));
			const day = new Date(`${b.reportedAt}Z`).getUTCDay();
			return (
				['burning_garbage', 'animal_carcass'].includes(b.category) &&
				hour >= 9 &&
				hour < 14 &&
				day >= 1 &&
				day <= 5
			);
		});
		expect(quick.length).toBeGreaterThan(0);
		for (const b of quick) expect(minutesOf(b.dueAt!) - minutesOf(b.reportedAt)).toBe(120);
	});

	it('closes almost all older reports, some of them late', () => {
		const older = d.blindSpots.filter((b) => b.reportedAt < RECENT);
		const closed = older.filter((b) => b.status === 'closed');
		expect(closed.length / older.length).toBeGreaterThan(0.97);
		for (const b of closed) expect(b.closedAt! > b.reportedAt).toBe(true);
		const late = closed.filter((b) => b.closedAt! > b.dueAt!).length / closed.length;
		expect(late).toBeGreaterThan(0.05);
		expect(late).toBeLessThan(0.3);
	});

	it('leaves a mix of open states among the last month’s reports', () => {
		const recent = d.blindSpots.filter((b) => b.reportedAt >= RECENT);
		const open = recent.filter((b) => b.status !== 'closed');
		expect(open.length).toBeGreaterThan(0);
		expect(new Set(open.map((b) => b.status)).size).toBeGreaterThanOrEqual(2);
		for (const b of open) expect(b.closedAt).toBeNull();
	});

	it('re-reports recurring spots within about 20 m', () => {
		const metres = (a: { lng: number; lat: number }, b: { lng: number; lat: number }) =>
			Math.hypot((a.lng - b.lng) * 102_550, (a.lat - b.lat) * 110_740);
		const clustered = d.blindSpots.filter(
			(a) =>
				d.blindSpots.filter((b) => b !== a && b.category === a.category && metres(a, b) < 20)
					.length >= 3
		);
		expect(clustered.length).toBeGreaterThanOrEqual(40);
	});
});
