/**
 * Spray events of every campaign round (spray-schedule.ts) and the effect they have on the
 * surveyed density in the communities they treated.
 */
import type { Pest } from '../contract/records';
import { YEARS, dayOf } from './calendar';
import type { XY } from './frame';
import type { Rng } from '../domain/random/seeded-random';
import { CHEMICALS, CONTROLS_PER_ROUND, ROUNDS, SPRAY_EFFECT, TEAMS } from './spray-schedule';
import { zoneArea, zoneCentroid, type Zone } from './zones';

export interface SprayEvent {
	team: string;
	day: number;
	/** Minutes after midnight the team set out. */
	startMinute: number;
	pest: Pest;
	campaign: string;
	chemical: string;
	unit: string;
	amount: number;
	targetIds: string[];
	at: XY;
}

export function planSprayEvents(communities: readonly Zone[], rng: Rng): SprayEvent[] {
	const events: SprayEvent[] = [];
	for (const year of YEARS) {
		for (const round of ROUNDS) {
			const controls = rng.int(...CONTROLS_PER_ROUND);
			const treated = rng.shuffle(communities).slice(controls);
			const teams = TEAMS.map((_, t) => treated.filter((_, k) => k % TEAMS.length === t));
			teams.forEach((targets, t) => {
				const area = targets.reduce((s, z) => s + zoneArea(z.geometry), 0);
				const at = targets.reduce<XY>(
					(s, z) => {
						const c = zoneCentroid(z.geometry);
						const w = zoneArea(z.geometry) / area;
						return [s[0] + c[0] * w, s[1] + c[1] * w];
					},
					[0, 0]
				);
				for (const pest of round.pests) {
					const dose = CHEMICALS[pest];
					events.push({
						team: TEAMS[t],
						day: dayOf(year, round.month, round.days[t]),
						startMinute: 8 * 60 + 10 * rng.int(0, 6),
						pest,
						campaign: `${year} ${round.season}除四害`,
						chemical: dose.chemical,
						unit: dose.unit,
						amount: Math.round((area / 1e6) * dose.perKm2 * rng.range(0.9, 1.1) * 10) / 10,
						targetIds: targets.map((z) => z.id).sort(),
						at
					});
				}
			});
		}
	}
	return events;
}

/** Multiplier (≤ 1) on `pest` density in a community on `day` from the latest treatments. */
export function sprayFactor(
	events: readonly SprayEvent[],
	communityId: string,
	pest: Pest,
	day: number
): number {
	const { drop, recoveryDays } = SPRAY_EFFECT[pest];
	let factor = 1;
	for (const e of events) {
		if (e.pest !== pest || day < e.day || !e.targetIds.includes(communityId)) continue;
		const left = 1 - (day - e.day) / recoveryDays;
		if (left > 0) factor = Math.min(factor, 1 - drop * left);
	}
	return factor;
}
