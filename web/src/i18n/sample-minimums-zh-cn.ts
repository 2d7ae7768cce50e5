/** 系统管理 · 样本量要求 (issue 17's sample minimums, edited by the admin). */
export const sampleMinimumsZhCN = {
	'admin.nav.sampleMinimums': '样本量要求',
	'minimums.title': '监测样本量要求',
	'minimums.intro':
		'有效监测量不足下列数量时不评控制水平，地图和总览显示“样本不足”。国家标准未规定样本量的，先用本地默认值（可信度 L），按本地规定修改。',
	'minimums.pest': '病媒',
	'minimums.method': '监测方法',
	'minimums.town': '全镇评级至少',
	'minimums.unit': '每个社区/网格至少',
	'minimums.measure': '计量单位',
	'minimums.source': '依据',
	'minimums.confidence': '可信度',
	'minimums.confidence.H': 'H 标准规定',
	'minimums.confidence.M': 'M 规范或文献',
	'minimums.confidence.L': 'L 本地默认',
	'minimums.save': '保存全部',
	'minimums.saved': '已保存，评级按新的样本量要求计算',
	'minimums.unitAboveTown': '第 {row} 行：每个社区/网格的要求不能大于全镇的要求',
	'minimums.empty': '还没有样本量要求'
} as const;
