import type { SurveyMethod } from '../api/catalogues';
import type { Lang } from '../state/lang';

/** What a method's count, effort and second count (and second value) are called on screen. */
export interface MethodTerms {
	count: string;
	effort: string;
	count2: string | null;
	value2: string | null;
}

/**
 * Chinese words of each shipped method (domain.md §1); the catalogue's `count_meaning`,
 * `effort_meaning` and `count2_meaning` are their English twins and name a method added later.
 */
const ZH: Readonly<Record<string, MethodTerms>> = {
	'rat.snap_trap': t('捕获鼠数', '有效夹夜数'),
	'rat.powder': t('阳性粉块数', '有效粉块数'),
	'rat.indoor_signs': t('有鼠迹房间数', '检查房间数'),
	'rat.outdoor_route': t('鼠迹处数', '检查路程（km）'),
	'rat.proofing': t('不合格防鼠设施数', '检查防鼠设施数'),
	'mosquito.light_trap': t('捕获蚊数', '诱蚊灯夜数'),
	'mosquito.landing': t('停落蚊数', '人次（每次 30 分钟）'),
	'mosquito.breteau': t('阳性容器数', '检查户数'),
	'mosquito.container': t('阳性容器数', '积水容器数'),
	'mosquito.route_index': t('阳性积水处数', '检查路程（km）'),
	'mosquito.ovitrap': t('阳性诱蚊诱卵器数', '回收诱蚊诱卵器数'),
	'mosquito.dipping': t('阳性勺数', '勺数', '幼虫和蛹数', '每阳性勺幼虫和蛹数'),
	'fly.cage': t('捕获蝇数', '有效笼数（24 小时）'),
	'fly.indoor_rooms': t('有蝇房间数', '检查房间数', '阳性房间蝇数', '每阳性房间蝇数'),
	'fly.breeding_sites': t('阳性孳生地数', '检查孳生地数'),
	'cockroach.sticky': t('捕获蟑螂数', '有效粘蟑纸数', '阳性粘蟑纸数', '粘蟑纸阳性率'),
	'cockroach.infestation': t('有成若虫房间数', '检查房间数'),
	'cockroach.egg_cases': t('有活卵鞘房间数', '检查房间数'),
	'cockroach.signs': t('有蟑迹房间数', '检查房间数')
};

/** English names of the second values, which the catalogue describes only as a ratio. */
const VALUE2_EN: Readonly<Record<string, string>> = {
	'mosquito.dipping': 'Larvae and pupae per positive dip',
	'fly.indoor_rooms': 'Flies per positive room',
	'cockroach.sticky': 'Positive boards %'
};

function t(
	count: string,
	effort: string,
	count2: string | null = null,
	value2: string | null = null
) {
	return { count, effort, count2, value2 };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The method's own words for its figures; `fallback` (the generic 数量 / 有效监测量 …) when the
 * method is unknown or, in Chinese, not one of the shipped ones.
 */
export function methodTerms(
	method: SurveyMethod | undefined,
	lang: Lang,
	fallback: MethodTerms
): MethodTerms {
	if (!method) return fallback;
	if (lang !== 'en') return ZH[method.code] ?? fallback;
	return {
		count: capitalise(method.countMeaning),
		effort: capitalise(method.effortMeaning),
		count2: method.count2Meaning ? capitalise(method.count2Meaning) : fallback.count2,
		value2: VALUE2_EN[method.code] ?? fallback.value2
	};
}
