/** Chinese texts of the grouped problems and far-point warnings on /import (issue 11). */
export const importZhCN = {
	'import.rejected.groups': '归为 {groups} 类（相同的问题合并为一行）',
	'import.rows.one': '第 {rows} 行',
	'import.rows.list': '第 {rows} 行',
	'import.rows.more': '{list}，另有 {n} 行',
	'import.rows.sep': '、',
	'import.rejected.examples': '文件中写的是：{values}',
	'import.rejected.quote': '“{value}”',
	'import.warn.title': '请确认坐标：{n} 个点离所有已有区域都很远',
	'import.warn.hint':
		'这些点距离所有已有区域都超过 {km} 公里，常见原因是坐标系选错或经纬度填反。坐标无误时才勾选下面的确认。',
	'import.warn.allowFar': '坐标无误，仍然导入这些点'
} as const;
