/** Chinese names of the synthetic town's places (declarative data). */

/** The core community, then the inner ring counter-clockwise from the east. */
export const COMMUNITY_NAMES: readonly string[] = [
	'新街社区',
	'东湖社区',
	'北苑社区',
	'桂园社区',
	'西岸社区',
	'南华社区',
	'龙江社区'
];

/** The outer ring, counter-clockwise from east-north-east. */
export const VILLAGE_NAMES: readonly string[] = [
	'河东村',
	'石岗村',
	'大洲村',
	'沙头村',
	'新围村',
	'塘边村',
	'坑口村',
	'龙湾村'
];

export const SURNAMES: readonly string[] = [
	'陈',
	'李',
	'黄',
	'梁',
	'何',
	'林',
	'张',
	'吴',
	'罗',
	'郭'
];

export const MARKET_NAMES: readonly string[] = [
	'安澜中心市场',
	'东湖农贸市场',
	'沙头市场',
	'南华农贸市场',
	'北苑市场'
];

export const RESTAURANT_PREFIXES: readonly string[] = [
	'阿华',
	'老街',
	'顺记',
	'好味',
	'福满',
	'金记',
	'明记',
	'新兴',
	'祥记',
	'利源'
];

export const RESTAURANT_KINDS: readonly string[] = [
	'肠粉店',
	'烧腊店',
	'茶餐厅',
	'粥粉面',
	'大排档',
	'火锅店',
	'饺子馆',
	'奶茶店',
	'快餐店',
	'鱼生馆'
];

export const SCHOOL_NAMES: readonly string[] = [
	'安澜镇中心小学',
	'安澜中学',
	'东湖小学',
	'桂园小学',
	'龙江小学',
	'沙头小学',
	'安澜镇第二中学',
	'安澜职业技术学校'
];

export const HOSPITAL_NAMES: readonly string[] = [
	'安澜镇人民医院',
	'安澜镇中医院',
	'安澜镇妇幼保健院'
];

export const POND_NAMES: readonly string[] = [
	'荷花塘',
	'石岗水塘',
	'龙湾鱼塘',
	'沙头鱼塘',
	'大洲水库',
	'塘边鱼塘',
	'新围池塘',
	'坑口水塘',
	'河东鱼塘',
	'北苑公园湖',
	'桂园池塘',
	'南华水塘'
];

export const RIVER_NAME = '安澜河';

export const CONSTRUCTION_NAMES: readonly string[] = [
	'安澜花园三期工地',
	'东湖学校扩建工地',
	'兴业物流园工地',
	'滨江新城工地',
	'龙江安置房工地'
];
