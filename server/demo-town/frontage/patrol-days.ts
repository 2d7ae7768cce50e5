/**
 * Three months of daily 门前三包 patrols in the demo town (issue 15 item 7): each assistant
 * walks the main streets of their communities every working day at walking pace, the phone
 * keeps a fix every 15 s, and the units passed are checked. Failures are met with 劝导, or
 * with 责令整改 when the unit already failed in the last 30 days; most orders are fixed in
 * time, some lapse and go to the 城管执法大队.
 */
import {
	FRONTAGE_ITEMS,
	REPEAT_WINDOW_DAYS,
	type CheckMeasure,
	type FrontageCategory,
	type FrontageItem
} from '../../contract/frontage';
import { TRACK_SAMPLE_SECONDS } from '../../contract/patrols';
import { addWorkingMinutes } from '../../domain/calendar/working-time';
import { isWorkingDay, type WorkingCalendar } from '../../domain/calendar/working-calendar';
import type { Rng } from '../../domain/random/seeded-random';
import { isoDateTime } from '../calendar';
import type { DemoUnit, WalkableSegment } from './ledger';
import { pointAlong } from './ledger';
import { distXY, type LocalFrame } from '$geo/local-metres';

/** Walking pace, metres per second. */
const PACE_M_S = 1.2;
/** A check takes this long at the door, seconds. */
const CHECK_S: readonly [number, number] = [60, 180];
/** Chance of failing a check: a repeat offender, anyone else. */
const FAIL_P = { offender: 0.15, other: 0.015 };
/** Chance an order is not fixed by its deadline: a repeat offender, anyone else. */
const LAPSE_P = { offender: 0.3, other: 0.1 };
/** 责令整改 gives one working day. */
export const ORDER_WORKING_MINUTES = 8 * 60;
/** The brigade answers within this many days of a referral (then the outcome is recorded). */
const BRIGADE_REPLY_DAYS: readonly [number, number] = [3, 9];

export interface Assistant {
	username: string;
	displayName: string;
	/** Communities (zone ids) the assistant patrols. */
	zones: string[];
}

export interface DemoPatrol {
	id: string;
	username: string;
	startedAt: string;
	endedAt: string;
	lengthM: number;
}
export interface DemoTrackPoint {
	patrolId: string;
	seq: number;
	at: string;
	lng: number;
	lat: number;
	accuracyM: number;
}
export interface DemoCheck {
	id: string;
	unitId: string;
	patrolId: string;
	checkedAt: string;
	checker: string;
	result: 'pass' | 'fail';
	failedItems: FrontageItem[];
	measure: CheckMeasure | null;
	orderDeadline: string | null;
	caseId: string | null;
	lng: number;
	lat: number;
}
/** A 责令整改 case: how it ended by the demo's clock. */
export interface DemoOrder {
	caseId: string;
	checkId: string;
	unit: DemoUnit;
	assistant: string;
	items: FrontageItem[];
	reportedMin: number;
	dueMin: number;
	/** Fixed: handled by the assistant's re-check, verified by the inspector. */
	handledMin: number | null;
	verifiedMin: number | null;
	/** Lapsed: referred at the deadline, and the brigade's reply when it came. */
	referredMin: number | null;
	outcomeMin: number | null;
	outcome: string | null;
}

export interface PatrolMonths {
	patrols: DemoPatrol[];
	points: DemoTrackPoint[];
	checks: DemoCheck[];
	orders: DemoOrder[];
}

const ITEM_WEIGHTS: Record<FrontageCategory, Partial<Record<FrontageItem, number>>> = {
	shop: { occupying: 3, litter: 2, piling: 2, signboards: 1, bins: 1 },
	household: { drying: 2, sewage: 2, piling: 1, litter: 1 },
	unit: { parking: 3, bins: 1, posters: 1 }
};

function failedItems(rng: Rng, category: FrontageCategory): FrontageItem[] {
	const entries = Object.entries(ITEM_WEIGHTS[category]) as [FrontageItem, number][];
	const first = entries[rng.weighted(entries.map((e) => e[1]))][0];
	const picked = new Set([first]);
	if (rng.chance(0.3)) picked.add(entries[rng.weighted(entries.map((e) => e[1]))][0]);
	// In the catalogue's order, as the check stores them.
	return FRONTAGE_ITEMS.map((i) => i.code).filter((c) => picked.has(c));
}

/** Segments in walking order: greedy nearest next, each walked from its nearer end. */
function walkOrder(
	segments: readonly WalkableSegment[]
): { seg: WalkableSegment; forward: boolean }[] {
	const left = [...segments];
	const out: { seg: WalkableSegment; forward: boolean }[] = [];
	let here = left[0]?.xy[0];
	while (left.length) {
		let best = 0;
		let bestD = Infinity;
		let forward = true;
		left.forEach((s, i) => {
			const [d0, d1] = [distXY(here, s.xy[0]), distXY(here, s.xy.at(-1)!)];
			if (Math.min(d0, d1) < bestD) [best, bestD, forward] = [i, Math.min(d0, d1), d0 <= d1];
		});
		const [seg] = left.splice(best, 1);
		out.push({ seg, forward });
		here = forward ? seg.xy.at(-1)! : seg.xy[0];
	}
	return out;
}

type Waypoint = { xy: [number, number]; unit?: DemoUnit };

/** The day's walk as waypoints: each segment's vertices with its units in passing order. */
function waypoints(
	order: ReturnType<typeof walkOrder>,
	unitsBySeg: Map<string, DemoUnit[]>
): Waypoint[] {
	const out: Waypoint[] = [];
	for (const { seg, forward } of order) {
		const total = seg.cumM.at(-1)!;
		const marks: { along: number; w: Waypoint }[] = seg.xy.map((xy, i) => ({
			along: seg.cumM[i],
			w: { xy }
		}));
		for (const u of unitsBySeg.get(seg.id) ?? [])
			marks.push({ along: u.alongM, w: { xy: pointAlong(seg, u.alongM).at, unit: u } });
		marks.sort((a, b) => (forward ? a.along - b.along : b.along - a.along) || (a.w.unit ? 1 : -1));
		for (const m of marks) out.push(m.w);
		void total;
	}
	return out;
}

export function planPatrolMonths(input: {
	units: readonly DemoUnit[];
	segments: ReadonlyMap<string, WalkableSegment>;
	assistants: readonly Assistant[];
	firstDay: number;
	lastDay: number;
	/** The demo's clock (minutes): nothing happens after it. */
	asOfMin: number;
	calendar: WorkingCalendar;
	frame: LocalFrame;
	rng: Rng;
}): PatrolMonths {
	const { units, segments, assistants, calendar, frame, rng } = input;
	const out: PatrolMonths = { patrols: [], points: [], checks: [], orders: [] };
	const lastFailure = new Map<string, number>();
	const quietUntil = new Map<string, number>();
	let caseSeq = 0;
	for (const a of assistants) {
		const mine = units.filter((u) => u.zoneId !== null && a.zones.includes(u.zoneId));
		const bySeg = new Map<string, DemoUnit[]>();
		for (const u of mine) bySeg.set(u.segmentId, [...(bySeg.get(u.segmentId) ?? []), u]);
		const segs = [...bySeg.keys()].sort().map((id) => segments.get(id)!);
		if (!segs.length) continue;
		const route = waypoints(walkOrder(segs), bySeg);
		for (let day = input.firstDay; day <= input.lastDay; day++) {
			if (!isWorkingDay(day, calendar) || rng.chance(0.06)) continue;
			const start = day * 1440 * 60 + (8 * 60 + 30 + rng.int(0, 40)) * 60; // seconds
			if (start / 60 > input.asOfMin) continue;
			const patrolId = `PT-${isoDateTime(day * 1440)
				.slice(0, 10)
				.replace(/-/g, '')}-${a.username}`;
			let t = start;
			let seq = 0;
			let walked = 0;
			let nextFix = start;
			let pos = route[0].xy;
			const fix = (xy: [number, number], at: number) => {
				const [lng, lat] = frame.toLngLat(xy[0] + rng.normal() * 3, xy[1] + rng.normal() * 3);
				out.points.push({
					patrolId,
					seq: seq++,
					at: isoDateTime(Math.floor(at / 60)).slice(0, 17) + String(at % 60).padStart(2, '0'),
					lng,
					lat,
					accuracyM: Math.round(rng.range(4, 12))
				});
			};
			for (const w of route) {
				const d = distXY(pos, w.xy);
				const legS = d / (PACE_M_S * rng.range(0.9, 1.1));
				while (nextFix <= t + legS) {
					const f = legS ? (nextFix - t) / legS : 1;
					fix([pos[0] + (w.xy[0] - pos[0]) * f, pos[1] + (w.xy[1] - pos[1]) * f], nextFix);
					nextFix += TRACK_SAMPLE_SECONDS;
				}
				t += legS;
				walked += d;
				pos = w.xy;
				if (!w.unit || rng.chance(0.1)) continue;
				const u = w.unit;
				const minute = Math.floor(t / 60);
				const quiet = (quietUntil.get(u.id) ?? -1) > minute;
				const fails = !quiet && rng.chance(u.offender ? FAIL_P.offender : FAIL_P.other);
				const checkId = `FC-${patrolId.slice(3)}-${u.id}`;
				const check: DemoCheck = {
					id: checkId,
					unitId: u.id,
					patrolId,
					checkedAt: isoDateTime(minute),
					checker: a.username,
					result: fails ? 'fail' : 'pass',
					failedItems: fails ? failedItems(rng, u.category) : [],
					measure: null,
					orderDeadline: null,
					caseId: null,
					lng: u.lng,
					lat: u.lat
				};
				if (fails) {
					const prior = lastFailure.get(u.id);
					const repeat = prior !== undefined && minute - prior <= REPEAT_WINDOW_DAYS * 1440;
					lastFailure.set(u.id, minute);
					check.measure = repeat ? 'order' : 'warn';
					if (repeat) {
						const due = addWorkingMinutes(minute, ORDER_WORKING_MINUTES, calendar);
						const order = planOrder(
							rng,
							`FV${String(++caseSeq).padStart(5, '0')}`,
							check,
							u,
							a.username,
							minute,
							due,
							input.asOfMin
						);
						check.orderDeadline = isoDateTime(due);
						check.caseId = order.caseId;
						out.orders.push(order);
						// A fixed frontage stays clean for a while.
						if (order.handledMin !== null) quietUntil.set(u.id, order.handledMin + 10 * 1440);
					}
				}
				out.checks.push(check);
				// Standing at the door: the phone's distance filter keeps one fix, not one per 15 s.
				fix(pos, Math.round(t));
				t += rng.int(...CHECK_S);
				nextFix = start + Math.ceil((t - start) / TRACK_SAMPLE_SECONDS) * TRACK_SAMPLE_SECONDS;
			}
			out.patrols.push({
				id: patrolId,
				username: a.username,
				startedAt: isoDateTime(Math.floor(start / 60)),
				endedAt: isoDateTime(Math.ceil(t / 60)),
				lengthM: Math.round(walked)
			});
		}
	}
	return out;

	function planOrder(
		r: Rng,
		caseId: string,
		check: DemoCheck,
		unit: DemoUnit,
		assistant: string,
		minute: number,
		due: number,
		asOf: number
	): DemoOrder {
		const lapses = r.chance(unit.offender ? LAPSE_P.offender : LAPSE_P.other);
		const order: DemoOrder = {
			caseId,
			checkId: check.id,
			unit,
			assistant,
			items: check.failedItems,
			reportedMin: minute,
			dueMin: due,
			handledMin: null,
			verifiedMin: null,
			referredMin: null,
			outcomeMin: null,
			outcome: null
		};
		if (!lapses) {
			const handled = addWorkingMinutes(minute, r.int(60, ORDER_WORKING_MINUTES - 30), calendar);
			if (handled <= asOf) order.handledMin = handled;
			const verified = addWorkingMinutes(handled, r.int(30, 240), calendar);
			if (order.handledMin !== null && verified <= asOf) order.verifiedMin = verified;
		} else if (due <= asOf) {
			order.referredMin = due;
			const reply = due + r.int(...BRIGADE_REPLY_DAYS) * 1440;
			if (reply <= asOf) {
				order.outcomeMin = reply;
				// The brigade's answer, as REFERRAL_OUTCOMES codes it.
				order.outcome = r.chance(0.6) ? 'penalised' : 'fixed';
			}
		}
		return order;
	}
}
