/**
 * Import problems in Simplified Chinese: what is wrong and what was expected, in a clerk's
 * words, without the offending cell (issue-messages.ts puts that in front).
 */
import type { CodeList } from './code-lookups';
import type { IssueParams } from '../../contract/import-results';
import type { IssueTemplates } from './issue-messages';
import type { Words } from './issue-words';
import {
	RESPONSIBILITY_TARGET_NAMES,
	type ResponsibilityTarget
} from '../../contract/responsibility';

const DATE_EXAMPLE = '2024-05-03 或 2024/5/3 09:30';
const joinZh = (names: readonly string[]) => names.join('、');
/** GCJ-02 和 BD-09 要换算；WGS-84 与 CGCS2000 直接使用。 */
const converted = (p: IssueParams, w: Words, then: string) =>
	p.crs === 'gcj02' || p.crs === 'bd09' ? `按 ${w.crs(String(p.crs))} ${then}` : '';

const placeZh = (p: IssueParams) =>
	RESPONSIBILITY_TARGET_NAMES[p.place as ResponsibilityTarget]?.zh ?? String(p.place);

export const ISSUE_MESSAGES_ZH: IssueTemplates = {
	required_empty: (p, w) => `${w.field(String(p.field))}为必填项，不能为空`,
	not_number: () => '应为数字',
	not_whole_number: () => '应为整数',
	not_date: () => `不是可识别的日期，请写成 ${DATE_EXAMPLE}`,
	not_calendar_date: () => '日期或时间不存在（例如 2 月 30 日、25 点）',
	date_cell_invalid: () => 'Excel 日期单元格无效',
	year_out_of_range: (p) => `年份应在 ${p.min} 至 ${p.max} 年之间`,
	text_too_long: (p, w) => `${w.field(String(p.field))}最多 ${p.max} 个字`,
	list_item_too_long: (p, w) => `${w.field(String(p.field))}的每一项最多 ${p.max} 个字`,
	unknown_code: (p, w) =>
		`${w.field(String(p.field))}应为 ${joinZh(w.choices(p.list as CodeList))} 之一`,
	negative: (p, w) => `${w.field(String(p.field))}不能为负数`,
	not_positive: (p, w) => `${w.field(String(p.field))}应大于 0`,
	grade_out_of_range: (p) => `道路等级应为 ${p.min} 至 ${p.max} 的整数`,
	duplicate_id: (p) => `编号与第 ${p.firstRow} 行重复；同一文件中编号不能重复`,
	coordinate_not_number: () => '坐标不是数字',
	coordinate_out_of_range: (p) =>
		`坐标超出经度 -180～180、纬度 -90～90 的范围${p.swapped ? '；经度和纬度可能填反了' : ''}`,
	coordinate_placeholder: () => '0, 0 是缺少位置时的占位值，请填写实际经纬度',
	outside_service_area: (p, w) =>
		`${converted(p, w, '换算到 WGS-84 ')}在服务范围 ${p.area} 之外；请检查所选坐标系`,
	geometry_outside_service_area: (p, w) =>
		`${converted(p, w, '换算后，')}图形完全在服务范围 ${p.area} 之外；请检查所选坐标系`,
	far_from_zones: (p) => `距离所有已有区域都超过 ${p.km} 公里；请检查坐标系，或经度、纬度是否填反`,
	geometry_not_point: (p) => `位置应为点（Point），而不是 ${p.type}`,
	geometry_too_deep: (p) => `几何文本嵌套超过 ${p.max} 层`,
	geometry_not_json: () => '几何应为 GeoJSON 几何文本，例如 {"type":"Polygon",…}',
	geometry_not_area: (p) => `区域应为面（Polygon 或 MultiPolygon），而不是 ${p.type}`,
	polygon_no_rings: () => '面没有任何边界环',
	ring_not_positions: () => '面的边界环不是 [经度, 纬度] 坐标列表',
	ring_too_short: () => '面的边界环至少需要 4 个坐标点',
	ring_not_closed: () => '面的边界环没有闭合（第一个点应与最后一个点相同）',
	polygon_crosses: () => '面的边界在此处自相交，请修正轮廓',
	line_parts: (p) => `这条线由 ${p.parts} 段组成，请拆成每段一行`,
	geometry_not_line: (p) => `道路应为线（LineString），而不是 ${p.type}`,
	line_too_short: () => '线至少需要 2 个 [经度, 纬度] 坐标点',
	line_zero_length: () => '道路至少需要 2 个不同的坐标点；这条线长度为 0',
	method_unknown_for_pest: (p, w) =>
		`${w.entry('pest', String(p.pest))}的监测方法应为 ${joinZh(w.choices('method', String(p.pest)))} 之一`,
	method_pest_mismatch: (p, w) =>
		`${w.entry('method', String(p.method))}用于监测${w.entry('pest', String(p.pest))}，与所填病媒生物不符`,
	count_exceeds_effort: (p, w) => `${w.entry('method', String(p.method))}的数量不能大于有效监测量`,
	method_no_count2: (p, w) => `${w.entry('method', String(p.method))}没有第二数量，请留空`,
	mapping_unknown_field: (p, w) => `字段对应里的这一项不是${w.kind(String(p.kind))}数据的字段`,
	mapping_missing_column: (p, w, c) =>
		`字段对应把${w.field(String(p.field))}指向此列，但文件里没有这一列；文件的列为：${joinZh(c.headers)}`,
	unknown_place: (p) => `找不到这个${placeZh(p)}；请填写系统中已有的${placeZh(p)}名称或编号`,
	ambiguous_place: (p) => `有 ${p.count} 个${placeZh(p)}叫这个名字（${p.ids}）；请改填编号`,
	out_of_range: (p, w) => `${w.field(String(p.field))}应为 ${p.min} 至 ${p.max} 之间的数字`,
	no_holder: () => '责任人、账号和责任单位至少填写一项',
	term_reversed: () => '截止日期早于起始日期',
	missing_column: (p, w, c) => {
		const label = w.field(String(p.field));
		const others = c.aliases(String(p.field)).filter((a) => a !== label);
		return `缺少必填列“${label}”（也认表头：${joinZh(others)}）；请添加这一列，或在“字段对应”里选择文件中的列`;
	}
};
