/** Issue 17, lane A: town grade, sample sizes and standard editions. */
export const pestGradingZhCN = {
	'pest.grading.note.sample_too_small': '样本不足，不评级',
	'pest.grading.note.limits_not_entered': '{standard} 限值未录入，暂不评级',
	'pest.grading.note.limits_not_entered.plain': '标准版本限值未录入，暂不评级',
	'pest.grading.sampleShort': '样本不足（{n}/最少{min}）',
	'pest.grading.sampleShortLegend': '样本不足',
	'pest.grading.editionChange': '本期内标准版本更替：{from} → {to}（{date}起）',
	'pest.grading.editionShares': '按版本分段评级：{parts}',
	'pest.grading.town.title': '全镇控制水平',
	'pest.grading.town.subtitle':
		'{from} 至 {to}，全镇所有监测记录合计：指数 = 数量合计 ÷ 有效监测量合计',
	'pest.grading.town.method': '方法',
	'pest.grading.town.index': '指数',
	'pest.grading.town.level': '水平',
	'pest.grading.town.sample': '样本 / 要求',
	'pest.grading.town.edition': '标准版本',
	'pest.grading.town.none': '本期无监测记录',
	'pest.grading.town.loading': '正在计算全镇水平…',
	'pest.grading.town.error': '全镇水平无法计算：{message}',
	'pest.grading.town.pestLevel': '{pest}：{level}',
	'pest.grading.town.ungraded': '未评级',
	'pest.grading.town.sampleOk': '{n} / {min} {unit}',
	'pest.grading.town.sampleNone': '{n}（无要求）',
	'pest.grading.town.local': '样本量要求为本地默认值',
	'pest.grading.town.severalEditions': '分版本',
	// The overview's level rows: a unit whose sample is too small or whose edition has no limits
	// has records but no level, so the bucket is not only 'no data'.
	'pest.grading.overview.none': '无数据/未评级'
} as const;
