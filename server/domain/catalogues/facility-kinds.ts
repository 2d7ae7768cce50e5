/**
 * The shipped facility kinds (issue 17 item 5), seeded once and then kept as data: a town edits
 * a cadence in the table and the due days follow. Cadences are common town practice, not a
 * standard's figure (docs/decisions.md "Facilities and standing targets (issue 17, lane D)"):
 * bait stations checked and re-baited every two weeks, fly lamps and the 三防 of food premises
 * monthly, rat-proofing (挡鼠板, 防鼠网) quarterly.
 */
import type { FacilityKind } from '../../contract/facilities';

export const FACILITY_KINDS: readonly FacilityKind[] = Object.freeze([
	{
		code: 'bait_station',
		nameZh: '毒饵站',
		nameEn: 'Bait station',
		inspectEveryDays: 14,
		bait: true,
		sortOrder: 1
	},
	{
		code: 'fly_lamp',
		nameZh: '灭蝇灯',
		nameEn: 'Fly lamp',
		inspectEveryDays: 30,
		bait: false,
		sortOrder: 2
	},
	{
		code: 'rat_proofing',
		nameZh: '防鼠设施',
		nameEn: 'Rat-proofing',
		inspectEveryDays: 90,
		bait: false,
		sortOrder: 3
	},
	{
		code: 'three_proofing',
		nameZh: '三防设施',
		nameEn: 'Fly, rat and cockroach proofing',
		inspectEveryDays: 30,
		bait: false,
		sortOrder: 4
	}
]);
