/**
 * The story the demo town's 环卫考核 tells (issue 16 item 7): two years of inspections up to
 * the demo's clock (AS_OF, 2025-12-31), one key road that improved after its cleaning
 * contractor changed, one village whose main roads slid. The registry planner
 * (frontage/responsibilities.ts) and the inspection planner both read it from here.
 */
import { dayOf } from '../calendar';

/** The second key group: the villages' main roads, inspected monthly (村街环卫考核). */
export const VILLAGE_GROUP = '村街主干道';
export const VILLAGE_GROUP_EVERY_DAYS = 30;

/** The first day inspected: two years before the demo's clock stops. */
export const FIRST_INSPECTION_DAY = dayOf(2024, 1, 1);

/** Key-road cleaning contracts run 2024–2025; the registry keeps them from this moment. */
export const KEY_ROAD_CONTRACT = {
	signedOn: '2023-12-28',
	termFrom: '2024-01-01',
	termTo: '2025-12-31',
	validFrom: '2024-01-01T00:00:00'
};

/**
 * The key road whose contractor changed ~14 months before the clock: 顺达 cleaned it badly
 * (≈72) until the contract was ended on CHANGE_DAY; the road's current contractor took over
 * (≈90). The registry keeps the closed 顺达 row as history.
 */
export const CONTRACTOR_CHANGE = {
	roadName: '新华路',
	oldUnit: '顺达清洁服务有限公司',
	day: dayOf(2024, 11, 1),
	at: '2024-11-01T00:00:00',
	levelBefore: 72,
	levelAfter: 90
};

/** The village whose 村街主干道 scores slide from ≈88 to ≈70 over the last year. */
export const FALLING_VILLAGE = {
	name: '石岗村',
	from: 88,
	to: 70,
	firstDay: dayOf(2025, 1, 1),
	lastDay: dayOf(2025, 12, 31)
};

/** Everything else: steady around 85–92. */
export const STEADY_LEVEL: [number, number] = [86, 91];
