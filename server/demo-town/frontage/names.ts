/**
 * Invented names for the demo town's 门前三包 ledger and its people (issue 15 item 7). No real
 * person's or business's data: shop names are pattern + trade, phones are the 1380000xxxx
 * block the demo users use.
 */
import type { FrontageCategory } from '../../contract/frontage';
import type { Rng } from '../../domain/random/seeded-random';
import { SURNAMES } from '../names';

const GIVEN = [
	'伟',
	'芳',
	'娜',
	'敏',
	'静',
	'强',
	'磊',
	'军',
	'洋',
	'勇',
	'艳',
	'杰',
	'涛',
	'明',
	'超',
	'霞',
	'平',
	'刚',
	'桂英',
	'建华',
	'志强',
	'秀兰',
	'国平',
	'海燕'
];
const SHOP_PREFIX = [
	'老',
	'小',
	'阿',
	'金',
	'鸿运',
	'兴旺',
	'好又多',
	'平安',
	'德仁',
	'福满',
	'聚源',
	'佳美',
	'顺发',
	'万家',
	'永安',
	'新世纪'
];
const SHOP_TRADE = [
	'面馆',
	'便利店',
	'超市',
	'五金店',
	'药店',
	'美发',
	'水果店',
	'茶行',
	'餐厅',
	'粮油店',
	'烟酒店',
	'服装店',
	'眼镜店',
	'手机店',
	'早餐店',
	'肠粉店',
	'烧腊店',
	'汽修店',
	'干洗店',
	'文具店'
];
const UNITS = [
	'镇卫生院',
	'镇中心小学',
	'农商银行营业部',
	'邮政支局',
	'供电所',
	'派出所',
	'镇文化站',
	'幼儿园',
	'社区服务中心',
	'税务分局',
	'电信营业厅',
	'自来水公司营业所'
];

export function personName(rng: Rng): string {
	return `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`;
}

/** A clearly fake mobile number in the demo users' block. */
export function demoPhone(rng: Rng): string {
	return `1380000${String(rng.int(2000, 9999))}`;
}

/** A unit's name by its category; `street` and `number` make households and branches unique. */
export function unitName(
	rng: Rng,
	category: FrontageCategory,
	street: string,
	number: number
): string {
	if (category === 'household') return `${street}${number}号住户`;
	if (category === 'unit') return `安澜${rng.pick(UNITS)}`;
	const prefix = rng.pick(SHOP_PREFIX);
	return `${prefix.length === 1 ? `${prefix}${rng.pick(SURNAMES)}` : prefix}${rng.pick(SHOP_TRADE)}`;
}

/** Volunteer teams of the town (义务清扫队伍, 义务消杀队伍). */
export const VOLUNTEER_TEAMS = {
	cleanup: ['安澜镇志愿者协会义务清扫队', '新街社区党员志愿服务队', '镇团委青年志愿者服务队'],
	spraying: ['镇爱卫会义务消杀队', '村（居）义务消杀小组']
} as const;

/** Cleaning contractors answering for key roads (保洁承包单位). */
export const CLEANING_CONTRACTORS = [
	'安澜镇环卫所',
	'绿洁环境服务有限公司',
	'鑫城保洁服务有限公司'
];
