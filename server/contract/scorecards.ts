/**
 * Scorecards and the monthly 公示 (issue 15 item 6) and patrol coverage (item 4): response
 * shapes, zod-free so the web may import them.
 */

/** `GET /api/patrols/coverage` grid row (domain/patrols/coverage.ts). */
export interface GridCoverageView {
	gridId: string;
	gridName: string;
	units: number;
	unitsChecked: number;
	checkedShare: number | null;
	roadM: number;
	walkedM: number;
	walkedShare: number | null;
	planned: number;
	done: number;
	doneShare: number | null;
}

export interface CoverageView {
	period: 'day' | 'week';
	from: string;
	to: string;
	plannedDays: string[];
	grids: GridCoverageView[];
	/** Unchecked units (Point, kind 'unit') and segments walked under half (LineString, kind 'segment'). */
	gaps: {
		type: 'FeatureCollection';
		features: {
			type: 'Feature';
			id?: string | number;
			geometry: { type: string; coordinates: unknown };
			properties: Record<string, unknown> | null;
		}[];
	};
}

export interface CommunityComplianceRow {
	communityId: string | null;
	communityName: string | null;
	units: number;
	checks: number;
	checksPassed: number;
	/** Share of the month's checks that passed. */
	checkPassShare: number | null;
	/** Units checked at least once before the month's end. */
	unitsChecked: number;
	unitsLastPassed: number;
	/** Share of checked units whose last check before the month's end passed. */
	lastPassShare: number | null;
	repeatOffenders: number;
}

/** A unit with ≥ REPEAT_OFFENCES failed checks in the 30 days before the month's end (红榜 of the 公示). */
export interface RepeatOffenderRow {
	unitId: string;
	name: string;
	communityName: string | null;
	failures: number;
	lng: number;
	lat: number;
}

export interface PersonScorecard {
	responsibilityId: number;
	person: string;
	username: string | null;
	targetKind: string;
	targetName: string;
	casesHandled: number;
	casesOnTime: number;
	onTimePct: number | null;
	targetOnTimePct: number | null;
	checksDone: number;
	units: number;
	/** Checks done against the plan (every unit once a working day) in their area, %. */
	coveragePct: number | null;
	repeatOffenders: number;
	targetScore: number | null;
}

export interface UnitScorecard {
	unitId: string;
	name: string;
	responsible: string | null;
	checks: number;
	passed: number;
	passPct: number | null;
	cases: number;
	repeatOffender: boolean;
	/** The pledge's assessment-score target; the score itself is the pass rate here. */
	targetScore: number | null;
}

export interface ScorecardReport {
	month: string;
	from: string;
	to: string;
	communities: CommunityComplianceRow[];
	offenders: RepeatOffenderRow[];
	people: PersonScorecard[];
	units: UnitScorecard[];
}

/** `GET /api/volunteer-activities` per-community counts. */
export interface VolunteerCommunityCount {
	zoneId: string | null;
	zoneName: string | null;
	activities: number;
	people: number;
	cleanup: number;
	spraying: number;
}
