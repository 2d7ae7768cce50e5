/** 消杀路线的载药量、午休和作业时段（issue 18, lane A）。 */
export const scaleRoutesZhCN = {
	'scale.routes.capacity': '载药量（升）',
	'scale.routes.capacityHint': '一辆车最多装多少升药或多少个毒饵站；不填为不限',
	'scale.routes.lunch': '午休',
	'scale.routes.lunchFrom': '午休开始',
	'scale.routes.lunchMinutes': '午休分钟',
	'scale.routes.lunchHint': '到点后做完手头这一站就休息；不填为不休息',
	'scale.routes.dayStart': '出发时间',
	'scale.routes.demand': '每点用药（升）',
	'scale.routes.demandHint': '每个作业点要用的药量或毒饵站数，和各队载药量同一单位',
	'scale.routes.load': '用药/载药',
	'scale.routes.loadOf': '{load} / {capacity}',
	'scale.routes.unlimited': '不限',
	'scale.routes.lunchAt': '{time} 午休 {minutes} 分钟',
	'scale.routes.reason.capacity': '各队药量、站点数或工时已满',
	'scale.routes.reason.time_window': '不在可作业时段内，赶不到'
} as const;
