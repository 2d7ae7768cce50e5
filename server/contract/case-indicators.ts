/**
 * The figures of `GET /api/cases/indicators` (docs/domain.md §5), shared by the server's pure
 * indicator code and the web's cards. Zod-free, so the web may import it.
 */
export interface CaseIndicators {
	due: number;
	closed: number;
	on_time: number;
	handled: number;
	reworked: number;
	/** closed / due; null when nothing was due (no data is not 0). */
	closure_rate: number | null;
	on_time_rate: number | null;
	/** reworked / handled. */
	rework_rate: number | null;
	/** Mean working hours from report to closure over the closed due cases. */
	avg_handling_hours: number | null;
	/** Open at the end of the period, and of those past their deadline then. */
	open: number;
	overdue: number;
}

/** One row of `GET /api/cases/indicators`: a group's key (zone, unit, person or month) and its figures. */
export type IndicatorRow = { key: string | null } & CaseIndicators;
