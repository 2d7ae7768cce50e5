/**
 * Editions of the control-level standards with the dates they grade (issue 17). A survey is
 * graded by the edition in force on its date; threshold rows whose standard has no edition
 * record here grade every date (a local rule). The dates below are the only place edition
 * changes are written down: grading, the density API and the UI read them from the catalogue.
 */
import type { StandardEdition } from '../../contract/catalogues';

export type { StandardEdition };

const GB2011 =
	'GB/T 27770/27771/27772/27773-2011, 2011-12-30 发布, 2012-04-01 实施 (gb-gbt.com, GB/T 27770-2011 正文)';

export const STANDARD_EDITIONS: readonly StandardEdition[] = Object.freeze([
	// The 2011 editions also grade surveys before 2012-04-01: no earlier edition is in the catalogue.
	{
		standard: 'GB/T 27770-2011',
		pest: 'rat',
		validFrom: null,
		validTo: null,
		source: GB2011,
		note: null
	},
	{
		standard: 'GB/T 27771-2011',
		pest: 'mosquito',
		validFrom: null,
		validTo: null,
		source: GB2011,
		note: null
	},
	{
		standard: 'GB/T 27772-2011',
		pest: 'fly',
		validFrom: null,
		validTo: '2025-10-31',
		source: GB2011,
		note: '被 GB/T 27772-2025 代替'
	},
	{
		standard: 'GB/T 27772-2025',
		pest: 'fly',
		validFrom: '2025-11-01',
		validTo: null,
		source:
			'chinesestandards.org/standards/GB/T 27772-2025: 2025-04-25 发布, 2025-11-01 实施 (题录; 限值未见可信来源)',
		note: '限值未录入'
	},
	{
		standard: 'GB/T 27773-2011',
		pest: 'cockroach',
		validFrom: null,
		validTo: null,
		source: GB2011,
		note: null
	}
]);
