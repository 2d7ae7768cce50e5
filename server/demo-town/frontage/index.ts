/**
 * The demo town's responsibility and patrol data (issue 15 item 7), planned from the loaded
 * town: pure and deterministic for a seed. ingest/demo-frontage.ts writes it.
 */
import type { Dataset } from '../../contract/records';
import type { WorkingCalendar } from '../../domain/calendar/working-calendar';
import type { Rng } from '../../domain/random/seeded-random';
import { dayOf } from '../calendar';
import { planUnits, walkable, type DemoUnit } from './ledger';
import { localFrame } from '$geo/local-metres';
import { planPatrolMonths, type Assistant, type PatrolMonths } from './patrol-days';
import { planResponsibilities, type DemoResponsibility } from './responsibilities';
import { planVolunteerActivities, type DemoActivity } from './volunteers';

export type { Assistant, DemoActivity, DemoResponsibility, DemoUnit, PatrolMonths };
export { ORDER_WORKING_MINUTES } from './patrol-days';

/** The demo's three months of patrols: October to December 2025 (the data ends 2025-12-31). */
export const PATROL_MONTHS = [
	{ first: dayOf(2025, 10, 1), last: dayOf(2025, 10, 31) },
	{ first: dayOf(2025, 11, 1), last: dayOf(2025, 11, 30) },
	{ first: dayOf(2025, 12, 1), last: dayOf(2025, 12, 31) }
];

export const DEMO_ASSISTANT_NAMES = ['王建国', '李秀兰', '黄志强', '梁海燕'];

export interface DemoFrontage {
	units: DemoUnit[];
	assistants: Assistant[];
	patrols: PatrolMonths;
	responsibilities: DemoResponsibility[];
	activities: DemoActivity[];
}

/**
 * `demoArea` is the demo users' grid and its community (queries/demo-users.ts): `demo-patrol`
 * walks that community, four named assistants share the other communities with main streets.
 */
export function planDemoFrontage(
	town: Pick<Dataset, 'zones' | 'roads' | 'meta'>,
	demoArea: { grid: string; community: string } | null,
	calendar: WorkingCalendar,
	asOfMin: number,
	rng: Rng
): DemoFrontage {
	const [lng0, lat0] = town.meta.center;
	const frame = localFrame(lng0, lat0);
	const units = planUnits(town.roads, town.zones, frame, rng.fork('units'));
	const counts = new Map<string, number>();
	for (const u of units) if (u.zoneId) counts.set(u.zoneId, (counts.get(u.zoneId) ?? 0) + 1);
	const assistants: Assistant[] = [
		{
			username: 'demo-patrol',
			displayName: '演示·巡查员',
			zones: demoArea ? [demoArea.community] : []
		},
		...DEMO_ASSISTANT_NAMES.map((name, i) => ({
			username: `xg-${String(i + 2).padStart(2, '0')}`,
			displayName: `协管员 ${name}`,
			zones: [] as string[]
		}))
	];
	// The other communities, largest first, each to the assistant with the fewest units so far.
	const load = assistants.map(() => 0);
	for (const [zone, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
		if (zone === demoArea?.community) continue;
		let k = 1;
		for (let i = 2; i < assistants.length; i++) if (load[i] < load[k]) k = i;
		assistants[k].zones.push(zone);
		load[k] += n;
	}
	const segments = new Map(
		town.roads.filter((r) => r.grade === 1).map((r) => [r.id, walkable(r, frame)])
	);
	const patrols = planPatrolMonths({
		units,
		segments,
		assistants,
		firstDay: PATROL_MONTHS[0].first,
		lastDay: PATROL_MONTHS[2].last,
		asOfMin,
		calendar,
		frame,
		rng: rng.fork('patrols')
	});
	return {
		units,
		assistants,
		patrols,
		responsibilities: planResponsibilities({
			zones: town.zones,
			roads: town.roads,
			units,
			demoGrid: demoArea?.grid ?? null,
			rng: rng.fork('registry')
		}),
		activities: planVolunteerActivities(
			town.roads,
			town.zones,
			PATROL_MONTHS,
			frame,
			rng.fork('volunteers')
		)
	};
}
