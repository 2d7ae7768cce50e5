/**
 * The shipped deduction catalogue (扣分项) of 环卫考核, seeded once and then edited by the
 * admin: the typical deductions of domain.md §6 on a 100-point base per spot. A town adds its
 * own rules' items (果皮箱满溢, 门前乱堆…) on the admin page.
 */
import type { DeductionItem } from '../../contract/assessment';

const item = (
	code: string,
	nameZh: string,
	nameEn: string,
	points: number,
	scope: DeductionItem['scope'],
	caseCategory: string | null,
	sortOrder: number
): DeductionItem => ({
	code,
	nameZh,
	nameEn,
	points,
	scope,
	caseCategory,
	active: true,
	sortOrder
});

export const DEDUCTION_ITEMS: readonly DeductionItem[] = Object.freeze([
	item('uncleaned_area', '未清扫区域', 'Uncleaned area', 10, 'both', 'dirty_road', 1),
	item('waste_pile', '垃圾堆积未清', 'Uncleared waste pile', 5, 'both', 'accumulated_waste', 2),
	item('litter', '散落垃圾', 'Litter', 2, 'both', 'white_litter', 3)
]);
