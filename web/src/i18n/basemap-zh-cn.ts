/** Chinese texts of the basemap chooser (issue 7). */
export const basemapZhCN = {
	'basemap.title': '底图',
	'basemap.unreachable':
		'{name}底图瓦片无法加载（网络不通或服务不可用），底图为空白，数据照常显示。可在「底图」中改用离线底图。',
	'basemap.offline': '离线底图',
	'basemap.osm': 'OpenStreetMap',
	'basemap.tianditu-vec': '天地图 矢量',
	'basemap.tianditu-img': '天地图 影像',
	'basemap.amap': '高德地图',
	'basemap.key': '天地图密钥（tk）',
	'basemap.keyHint': '填写密钥后可用天地图；密钥只保存在本浏览器。',
	'basemap.gcj02': '高德底图为 GCJ-02 坐标，数据在绘制时偏移，数据库不变。'
} as const;
