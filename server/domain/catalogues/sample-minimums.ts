/**
 * Least sample (summed effort) before a method is graded, for the whole town and for one
 * community, grid or H3 cell (issue 17). GB/T 27770–27773-2011 and the 国家卫生城市 rules were
 * not found in a citable form, so every row is a local default [L] (docs/decisions.md); the
 * table is editable (`PUT /api/catalogues/sample-minimums`).
 */
import type { SampleMinimum } from '../../contract/catalogues';

export type { SampleMinimum };

const LOCAL = '本地默认值 (未找到 GB/T 27770–27773-2011 或国家卫生城市评估规则中的样本量原文)';

const row = (
	method: string,
	townMin: number,
	unitMin: number,
	unitZh: string,
	unitEn: string
): SampleMinimum => ({ method, townMin, unitMin, unitZh, unitEn, source: LOCAL, confidence: 'L' });

export const SAMPLE_MINIMUMS: readonly SampleMinimum[] = Object.freeze([
	// Town: a season's survey over the whole town. Unit: about one survey visit's worth, so a
	// community, grid or cell graded on fewer rooms (km, dips…) than one visit covers is grey.
	row('rat.indoor_signs', 1000, 50, '间', 'rooms'),
	row('rat.outdoor_route', 10, 1, '千米', 'km'),
	row('rat.proofing', 100, 10, '处', 'facilities'),
	row('mosquito.route_index', 10, 1, '千米', 'km'),
	row('mosquito.dipping', 300, 20, '勺', 'dips'),
	row('mosquito.landing', 30, 3, '人次', 'person-sessions'),
	row('fly.indoor_rooms', 1000, 50, '间', 'rooms'),
	row('fly.breeding_sites', 100, 10, '处', 'sites'),
	row('cockroach.infestation', 1000, 50, '间', 'rooms'),
	row('cockroach.egg_cases', 1000, 50, '间', 'rooms'),
	row('cockroach.signs', 1000, 50, '间', 'rooms')
]);
