/** The notice board's filters and colours (pure). */
import type { CaseStatus } from '../../../../server/contract/case-states';
import type { BoardCase } from '../../../../server/contract/public-board';

/** One colour per status, the same on the map and in the list. */
export const STATUS_COLORS: Record<CaseStatus, string> = {
	reported: '#d84315',
	accepted: '#ef6c00',
	dispatched: '#f9a825',
	processing: '#1565c0',
	handled: '#6a1b9a',
	closed: '#2e7d32',
	rejected: '#757575',
	merged: '#9e9e9e',
	referred: '#880e4f'
};

export function filterBoard(
	cases: readonly BoardCase[],
	category: string,
	status: string
): BoardCase[] {
	return cases.filter(
		(c) => (!category || c.category === category) && (!status || c.status === status)
	);
}
