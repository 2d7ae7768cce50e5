import { describe, expect, it } from 'vitest';
import { createSegmentLocator } from '../../../geo/segment-locator';
import { AS_OF_MIN } from '../../../server/demo-town/blind-spot-status';
import { generateDemoTown } from '../../../server/demo-town';
import { planDemoFrontage } from '../../../server/demo-town/frontage';
import { buildWorkingCalendar } from '../../../server/domain/calendar/working-calendar';
import { createRng } from '../../../server/domain/random/seeded-random';
import { shippedCalendarYears } from '../../../server/services/case-calendar';
import { orderCasePlan } from '../../../server/ingest/demo-frontage';

const town = generateDemoTown(1);
const calendar = buildWorkingCalendar([...shippedCalendarYears().values()]);
const area = { grid: 'c01-g01', community: 'c01' };
const plan = () => planDemoFrontage(town, area, calendar, AS_OF_MIN, createRng(1).fork('frontage'));
const f = plan();
const minuteOf = (iso: string) => Date.parse(`${iso}Z`) / 60_000;

describe('the demo town’s 门前三包 ledger and patrols (issue 15 item 7)', () => {
	it('is the same for the same seed', () => {
		const again = plan();
		expect(again.units).toEqual(f.units);
		expect(again.patrols.checks.length).toBe(f.patrols.checks.length);
		expect(again.patrols.points.at(-1)).toEqual(f.patrols.points.at(-1));
	});

	it('puts 400–800 units along the main streets, doors within 30 m of their street', () => {
		expect(f.units.length).toBeGreaterThanOrEqual(400);
		expect(f.units.length).toBeLessThanOrEqual(800);
		const roads = new Map(town.roads.map((r) => [r.id, r]));
		for (const u of f.units) {
			const road = roads.get(u.segmentId)!;
			expect(road.grade).toBe(1);
			const near = createSegmentLocator([road]).nearest(u.lng, u.lat, 30);
			expect(near, u.id).not.toBeNull();
			// The frontage is the street itself: every vertex on the segment (within 1 m).
			for (const [lng, lat] of u.frontage.coordinates)
				expect(createSegmentLocator([road]).nearest(lng, lat, 1), u.id).not.toBeNull();
		}
		const signed = f.units.filter((u) => u.agreementSigned).length / f.units.length;
		expect(signed).toBeGreaterThan(0.75);
		expect(signed).toBeLessThan(0.95);
	});

	it('names a responsible person for every grid, the key area and every key road', () => {
		const current = new Set(
			f.responsibilities
				.filter((r) => r.validTo === null)
				.map((r) => `${r.targetKind}:${r.targetId}`)
		);
		for (const z of town.zones.filter((z) => z.kind === 'grid' || z.kind === 'key_area'))
			expect(current.has(`zone:${z.id}`), z.id).toBe(true);
		for (const road of new Set(town.roads.filter((r) => r.keyGroup).map((r) => r.roadId)))
			expect(current.has(`road:${road}`), road).toBe(true);
		// Some grids changed hands at the new year: their 2024 row is history.
		expect(f.responsibilities.some((r) => r.validTo === '2025-01-01T00:00:00')).toBe(true);
	});

	it('walks every working day at walking pace, a fix every 15 s', () => {
		const p = f.patrols.patrols[0];
		const pts = f.patrols.points.filter((x) => x.patrolId === p.id);
		const hours = (minuteOf(p.endedAt) - minuteOf(p.startedAt)) / 60;
		expect(hours).toBeGreaterThan(1);
		expect(hours).toBeLessThan(8);
		const gaps = pts
			.slice(1)
			.map((x, i) => (Date.parse(`${x.at}Z`) - Date.parse(`${pts[i].at}Z`)) / 1000);
		expect(Math.min(...gaps)).toBeGreaterThanOrEqual(0);
		// Walking: a fix every 15 s; at a door the phone keeps one fix until it moves on.
		const sorted = [...gaps].sort((a, b) => a - b);
		expect(sorted[Math.floor(sorted.length / 2)]).toBe(15);
		expect(new Set(f.patrols.patrols.map((x) => x.username)).size).toBeGreaterThanOrEqual(4);
	});

	it('has repeat offenders: ≥ 3 failed checks within 30 days', () => {
		const fails = new Map<string, number[]>();
		for (const c of f.patrols.checks)
			if (c.result === 'fail')
				fails.set(c.unitId, [...(fails.get(c.unitId) ?? []), minuteOf(c.checkedAt)]);
		const repeat = [...fails.values()].filter((ts) =>
			ts.some((t, i) => ts.filter((u) => u >= t && u - t <= 30 * 1440).length >= 3 && i >= 0)
		);
		expect(repeat.length).toBeGreaterThanOrEqual(5);
	});

	it('orders only a second failure within 30 days, and each order is one case', () => {
		const lastFail = new Map<string, number>();
		const orders = new Map(f.patrols.orders.map((o) => [o.checkId, o]));
		for (const c of f.patrols.checks) {
			if (c.result !== 'fail') continue;
			const t = minuteOf(c.checkedAt);
			const prior = lastFail.get(c.unitId);
			expect(c.measure).toBe(prior !== undefined && t - prior <= 30 * 1440 ? 'order' : 'warn');
			lastFail.set(c.unitId, t);
			if (c.measure === 'order') expect(orders.get(c.id)?.caseId).toBe(c.caseId);
		}
		expect(orders.size).toBe(f.patrols.checks.filter((c) => c.measure === 'order').length);
	});

	it('refers a lapsed order at its deadline, and only a lapsed one', () => {
		const referred = f.patrols.orders.filter((o) => o.referredMin !== null);
		expect(referred.length).toBeGreaterThan(0);
		for (const o of f.patrols.orders) {
			if (o.referredMin !== null) {
				expect(o.referredMin).toBe(o.dueMin);
				expect(o.handledMin).toBeNull();
				expect(orderCasePlan(o).status).toBe(o.outcome ? 'closed' : 'referred');
			}
			if (o.handledMin !== null) expect(o.handledMin).toBeLessThanOrEqual(o.dueMin);
		}
		// The deadline is one working day: an order given Friday afternoon is due Monday afternoon.
		const friday = f.patrols.orders.find((o) => new Date(o.reportedMin * 60_000).getUTCDay() === 5);
		if (friday) expect(new Date(friday.dueMin * 60_000).getUTCDay()).not.toBe(6);
	});
});
