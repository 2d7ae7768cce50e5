/**
 * Headers recognised without a mapping, per canonical field: the canonical name itself, then
 * these, compared after `normaliseHeader`. Order matters: the first alias present wins, so a
 * sheet with both 编号 and 序号 uses 编号. Documented in the README ("Column aliases").
 */
export const COLUMN_ALIASES: Readonly<Record<string, readonly string[]>> = {
	id: ['编号', 'ID', '案件编号', '案卷号', '工单号', '记录编号', '序号'],
	lng: ['经度', 'longitude', 'lon', 'long', 'x', '东经', 'gps经度'],
	lat: ['纬度', 'latitude', 'y', '北纬', 'gps纬度'],
	surveyed_at: ['日期', '监测日期', '调查日期', 'date', '时间'],
	reported_at: ['上报时间', '上报日期', '发现时间', '日期', '时间', 'date'],
	started_at: ['开始时间', '作业时间', '消杀时间', '日期', '时间', 'date'],
	due_at: ['处置期限', '期限', '截止时间'],
	closed_at: ['结案时间', '办结时间', '完成时间'],
	category: ['类别', '问题类别', '案件类别', '分类', '类型'],
	status: ['状态', '处理状态', '案件状态'],
	pest: ['虫种', '病媒生物', '病媒', '种类'],
	method: ['方法', '监测方法'],
	// Issue 17 lane B: the words of an Aedes sheet (BI, CI, MOI) name their count and effort.
	count: ['数量', '捕获数', '阳性数', '计数', '阳性容器数', '阳性诱蚊诱卵器数'],
	effort: [
		'有效数',
		'有效监测量',
		'有效数量',
		'布放数',
		'检查户数',
		'积水容器数',
		'回收诱蚊诱卵器数'
	],
	count2: ['第二数量', '幼虫数'],
	site_id: ['点位', '监测点', '点位编号', '监测点编号'],
	habitat: ['生境', '环境', '环境类型'],
	description: ['描述', '问题描述', '内容', '备注'],
	source: ['来源', '上报来源'],
	name: ['名称', '名字', '道路名称'],
	kind: ['类型', '级别', '种类'],
	parent_id: ['上级编号', '上级', '父级编号'],
	responsible: ['责任人', '责任单位', '负责人', '责任人/责任单位'],
	road_id: ['道路编号'],
	grade: ['等级', '道路等级'],
	key_group: ['重点路段组', '重点路段', '重点组', '十路一区'],
	team: ['消杀队', '队伍', '班组'],
	chemical: ['药剂', '药物', '药品'],
	amount: ['用量', '药量', '剂量'],
	unit: ['单位'],
	campaign: ['专项行动', '活动'],
	target_ids: ['目标区域', '作业区域', '目标'],
	geometry: ['几何', 'geom', 'wkt', 'shape'],
	// The responsibility ledger (issue 15 item 1): the template's headers first.
	target_kind: ['责任对象类型', '对象类型', '责任对象', '类型'],
	target: ['责任区域', '责任路段', '网格/路段', '区域', '区域名称', '路段'],
	person: ['责任人', '负责人', '姓名'],
	username: ['账号', '系统账号', '用户名'],
	phone: ['联系电话', '电话', '手机', '手机号', '联系方式'],
	resp_unit: ['责任单位', '单位', '保洁单位'],
	pledge_type: ['责任书类型', '责任书', '协议类型'],
	signed_on: ['签订日期', '签订时间', '签约日期'],
	term_from: ['起始日期', '开始日期', '责任期起'],
	term_to: ['截止日期', '结束日期', '责任期止', '到期日期'],
	on_time_target: ['按期结案率目标', '按期结案率', '结案率目标'],
	score_target: ['考核得分目标', '考核得分', '得分目标'],
	note: ['备注', '说明']
};

/**
 * Case, spaces, underscores, hyphens and a bracketed note do not matter: `Site ID` = `site_id`,
 * `经度（GCJ-02）` = `经度` (NFKC turns full-width brackets into ASCII ones first).
 */
export function normaliseHeader(header: string): string {
	return header
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\([^)]*\)/g, '')
		.replace(/[\s_-]/g, '');
}
