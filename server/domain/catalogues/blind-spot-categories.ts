/**
 * Blind-spot (垃圾死角) case categories of domain.md §5 with local default deadlines in
 * working hours. Codes vary by city, so this is the seed of an editable catalogue table.
 */
import type { BlindSpotCategory } from '../../contract/catalogues';

export type { BlindSpotCategory };

const c = (code: string, nameZh: string, nameEn: string, deadlineHours: number) => ({
	code,
	nameZh,
	nameEn,
	deadlineHours
});

export const BLIND_SPOT_CATEGORIES: readonly BlindSpotCategory[] = Object.freeze([
	c('exposed_garbage', '暴露垃圾', 'Exposed garbage', 8),
	c('accumulated_waste', '积存垃圾渣土', 'Accumulated waste and muck', 32),
	c('dirty_road', '道路不洁', 'Dirty road', 4),
	c('road_spill', '道路遗撒', 'Road spillage', 4),
	c('dirty_green', '绿地脏乱', 'Littered green space', 8),
	c('dirty_water', '水域不洁', 'Dirty water surface', 16),
	c('sewage_dumping', '乱倒乱排污水', 'Sewage dumping', 8),
	c('burning_garbage', '焚烧垃圾', 'Garbage burning', 2),
	c('overflowing_bin', '垃圾箱满溢', 'Overflowing bin', 4),
	c('animal_carcass', '动物尸体', 'Animal carcass', 2),
	c('clutter', '乱堆杂物', 'Piled clutter', 16),
	c('white_litter', '白色垃圾', 'White (plastic) litter', 8),
	c('standing_water', '积水（蚊孳生）', 'Standing water (mosquito breeding)', 16),
	// 门前三包 (issue 15): opened by a 责令整改; the assistant's order sets the deadline.
	c('frontage_violation', '门前三包违规', 'Frontage duty violation', 8)
]);
