/** Hot spots on survey sites (issue 17, lane C: sparse trap networks). */
export const pestTrapsZhCN = {
	'pest.traps.neighbourhood': '邻近范围',
	'pest.traps.neighbourhood.h3': '按网格（六边形格）',
	'pest.traps.neighbourhood.distance': '按距离（点位之间）',
	'pest.traps.neighbourhood.knn': '按最近点位',
	'pest.traps.band': '距离（米）',
	'pest.traps.bandDefault': '自动：{m} 米',
	'pest.traps.nearest': '最近点位数',
	'pest.traps.bandUsed': '距离 {m} 米以内的点位互为邻居',
	'pest.traps.bandAuto': '（自动取值：保证每个点位至少有一个邻居）',
	'pest.traps.nearestUsed': '每个点位与最近的 {n} 个点位比较',
	'pest.traps.noNeighbours.sites': '{n} 个点位没有邻居，无法判断',
	'pest.traps.noNeighbours.cells': '{n} 个网格没有邻居，无法判断',
	'pest.traps.allNeighbours': '每个点位都有邻居',
	'pest.traps.hint': '监测点稀疏时，按网格多数格子没有邻居，建议按距离',
	'pest.traps.site': '监测点 {site}',
	'pest.traps.surveys': '监测次数',
	'pest.traps.legendNote': '{sites} 个监测点 · {rule}',
	'pest.traps.legendAlone': '白色点位没有邻居，无法判断（{n} 个）'
};
