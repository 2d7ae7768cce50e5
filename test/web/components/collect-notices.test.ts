import { describe, expect, it } from 'vitest';
import { Locale } from '../../../web/src/i18n';
import { ApiError } from '../../../web/src/api/client';
import { collectNotices } from '../../../web/src/components/collect-notices';

const t = new Locale().t;

describe('collectNotices', () => {
	it('explains a failed layer and an unreachable server in Chinese', () => {
		const { errors } = collectNotices(
			new ApiError(0, 'network', 'fetch failed'),
			[
				{
					layer: 'surveys',
					error: new ApiError(400, 'bad_request', 'from must not be after to'),
					data: null
				}
			],
			t
		);
		expect(errors).toEqual([
			'无法加载数据集信息：无法连接服务器',
			'图层“病媒密度监测”加载失败：from must not be after to'
		]);
	});

	it('warns when the server capped a layer', () => {
		const { warnings } = collectNotices(
			null,
			[{ layer: 'blindspots', error: null, data: { truncated: true, limit: 50000 } }],
			t
		);
		expect(warnings).toEqual(['环境卫生问题仅显示前 50000 个要素，请放大地图或缩小日期范围。']);
	});

	it('says a capped layer is a sample of the area, and a summarised one is in cells (issue 18)', () => {
		const { warnings } = collectNotices(
			null,
			[
				{
					layer: 'surveys',
					error: null,
					data: { truncated: true, limit: 50000, total: 1120000, returned: 50000 }
				},
				{
					layer: 'blindspots',
					error: null,
					data: { truncated: false, limit: 102, total: 86900, compact: { form: 'h3' } }
				}
			],
			t
		);
		expect(warnings).toEqual([
			'病媒密度监测图层点位过多，已按区域抽样显示 50000 / 1120000 个，放大可看全部',
			'环境卫生问题共 86900 个点位，已按六边形网格汇总，放大可看点位'
		]);
	});
});
