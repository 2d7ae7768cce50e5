/** How many units may be spent between two looks at the clock (a look costs ~50 ns). */
const CLOCK_EVERY_UNITS = 4096;

/**
 * The solver's bound. The search stops when it has spent `limit` units of work (one unit ≈
 * one priced move or one stop of a kick), so a given input always gives the same plan,
 * however busy the machine; `deadline` (a `performance.now()` time) is only the safety cap
 * that ends the search on a machine too slow for the budget.
 */
export class WorkBudget {
	private spent = 0;
	private clockAt = CLOCK_EVERY_UNITS;
	private late = false;

	constructor(
		readonly limit: number,
		readonly deadline: number
	) {}

	/** Units left before the budget is spent. */
	get left(): number {
		return Math.max(0, this.limit - this.spent);
	}

	/** Share of the budget spent, 0–1 (the annealing schedule's clock). */
	get fraction(): number {
		return Math.min(1, this.spent / this.limit);
	}

	/** True once the budget is spent or the deadline has passed (looks at the clock). */
	get exhausted(): boolean {
		this.late ||= performance.now() > this.deadline;
		return this.late || this.spent >= this.limit;
	}

	/** Charges `units`; false once the search should stop. Looks at the clock now and then. */
	spend(units: number): boolean {
		this.spent += units;
		if (this.spent < this.clockAt) return !this.late && this.spent < this.limit;
		this.clockAt = this.spent + CLOCK_EVERY_UNITS;
		return !this.exhausted;
	}
}
