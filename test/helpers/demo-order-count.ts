import type { Dataset } from '../../server/contract/records';
import { AS_OF_MIN } from '../../server/demo-town/blind-spot-status';
import { planDemoFrontage } from '../../server/demo-town/frontage';
import { buildWorkingCalendar } from '../../server/domain/calendar/working-calendar';
import { createRng } from '../../server/domain/random/seeded-random';
import { shippedCalendarYears } from '../../server/services/case-calendar';

/**
 * The 责令整改 cases the demo's patrols open (issue 15 item 7) on top of the town's blind spots,
 * planned as start-up plans them: the demo users' area is the first grid by id and its parent
 * (queries/demo-users.ts).
 */
export function demoOrderCount(town: Dataset, seed = 1): number {
	const grid = town.zones
		.filter((z) => z.kind === 'grid')
		.sort((a, b) => a.id.localeCompare(b.id))[0];
	const area = grid?.parentId ? { grid: grid.id, community: grid.parentId } : null;
	const calendar = buildWorkingCalendar([...shippedCalendarYears().values()]);
	return planDemoFrontage(town, area, calendar, AS_OF_MIN, createRng(seed).fork('frontage')).patrols
		.orders.length;
}
