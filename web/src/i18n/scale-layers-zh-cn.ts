/** Map layers in compact form (issue 18 lane C): the notices of a sampled or summarised layer. */
export const scaleLayersZhCN = {
	'scale.layers.sampled': '{layer}图层点位过多，已按区域抽样显示 {n} / {total} 个，放大可看全部',
	'scale.layers.cells': '{layer}共 {total} 个点位，已按六边形网格汇总，放大可看点位',
	'scale.layers.cellCount': '{n} 个点位'
};
