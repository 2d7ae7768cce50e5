import { DEFAULT_CHECKS_PER_UNIT_PER_WORKING_DAY } from '../../contract/patrols';
import { createWalkedMeter, lineLengthM, WALKED_WITHIN_M } from './walked-length';

/** A segment walked over less than this share of its length is "not walked" on the map. */
export const NOT_WALKED_BELOW_SHARE = 0.5;

export interface CoverageInput {
	grids: readonly { id: string; name: string }[];
	/** Frontage units in the ledger during the period, with their grid. */
	units: readonly { id: string; gridId: string | null }[];
	/** Road segments with the grid that holds their midpoint. */
	segments: readonly { id: string; gridId: string | null; line: readonly (readonly number[])[] }[];
	/** Track lines of the patrols in the period ([lng, lat] points in order). */
	tracks: readonly (readonly (readonly number[])[])[];
	/** Checks in the period: unit and local day (YYYY-MM-DD). */
	checks: readonly { unitId: string; day: string }[];
	/** Working days of the period the plan counts (coverage-period.ts plannedDays). */
	plannedDays: readonly string[];
}

export interface GridCoverage {
	gridId: string;
	gridName: string;
	units: number;
	unitsChecked: number;
	/** unitsChecked / units; null without units. */
	checkedShare: number | null;
	roadM: number;
	walkedM: number;
	walkedShare: number | null;
	/** units × working days × checks per unit per working day. */
	planned: number;
	/** Distinct (unit, working day) pairs with a check: at most one per unit per day. */
	done: number;
	doneShare: number | null;
}

export interface SegmentCoverage {
	segmentId: string;
	gridId: string;
	roadM: number;
	walkedM: number;
}

export interface Coverage {
	grids: GridCoverage[];
	segments: SegmentCoverage[];
	/** Units of the grids with no check in the period. */
	uncheckedUnitIds: string[];
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

/**
 * Patrol coverage per grid for one period (issue 15 item 4): share of frontage units checked,
 * road length walked (walked-length.ts: within WALKED_WITHIN_M of any track), and checks done
 * against the plan of every unit once a working day.
 */
export function computeCoverage(input: CoverageInput): Coverage {
	const working = new Set(input.plannedDays);
	const checkedUnits = new Set(input.checks.map((c) => c.unitId));
	const unitDays = new Set(
		input.checks.filter((c) => working.has(c.day)).map((c) => `${c.unitId}\u0000${c.day}`)
	);
	const walked = createWalkedMeter(input.tracks, WALKED_WITHIN_M);
	const segments: SegmentCoverage[] = input.segments
		.filter((s) => s.gridId !== null)
		.map((s) => ({
			segmentId: s.id,
			gridId: s.gridId as string,
			roadM: lineLengthM(s.line),
			walkedM: walked(s.line)
		}));
	const uncheckedUnitIds: string[] = [];
	const grids = input.grids.map((g): GridCoverage => {
		const units = input.units.filter((u) => u.gridId === g.id);
		const checked = units.filter((u) => checkedUnits.has(u.id));
		for (const u of units) if (!checkedUnits.has(u.id)) uncheckedUnitIds.push(u.id);
		let done = 0;
		for (const u of units) for (const d of working) if (unitDays.has(`${u.id}\u0000${d}`)) done++;
		const mine = segments.filter((s) => s.gridId === g.id);
		const roadM = mine.reduce((t, s) => t + s.roadM, 0);
		const walkedM = mine.reduce((t, s) => t + s.walkedM, 0);
		const planned = units.length * working.size * DEFAULT_CHECKS_PER_UNIT_PER_WORKING_DAY;
		return {
			gridId: g.id,
			gridName: g.name,
			units: units.length,
			unitsChecked: checked.length,
			checkedShare: share(checked.length, units.length),
			roadM,
			walkedM,
			walkedShare: share(walkedM, roadM),
			planned,
			done,
			doneShare: share(done, planned)
		};
	});
	return { grids, segments, uncheckedUnitIds };
}
