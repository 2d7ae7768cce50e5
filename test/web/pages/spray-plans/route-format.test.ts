import { describe, expect, it } from 'vitest';
import { translate } from '../../../../web/src/i18n/translate';
import { en } from '../../../../web/src/i18n/en';
import { zhCN, type MessageKey } from '../../../../web/src/i18n/zh-cn';
import {
	countStops,
	formatDistance,
	formatEta,
	reasonKey,
	ROUTE_COLORS,
	routeColor,
	stopTask,
	stopTitle,
	teamName
} from '../../../../web/src/pages/spray-plans/route-format';

const zh = (key: MessageKey, params?: Record<string, string | number>) =>
	translate(zhCN, key, params);
const english = (key: MessageKey, params?: Record<string, string | number>) =>
	translate(en, key, params);

describe('formatEta', () => {
	it.each([
		[0, '08:00'],
		[4.4, '08:04'],
		[89.6, '09:30'],
		[16 * 60 + 5, '00:05']
	])('%d minutes after 08:00 is %s', (minutes, clock) => {
		expect(formatEta(minutes)).toBe(clock);
	});

	it('starts from another day start', () => {
		expect(formatEta(45, '07:30')).toBe('08:15');
	});
});

describe('formatDistance', () => {
	it('gives metres under a kilometre and kilometres with one decimal above', () => {
		expect(formatDistance(992.4)).toBe('992 m');
		expect(formatDistance(2549)).toBe('2.5 km');
	});
});

describe('what a stop is and what to do there', () => {
	const task = {
		place: '*',
		pest: 'rat',
		nameZh: '检查鼠迹，毒饵站投放灭鼠毒饵、堵塞鼠洞',
		nameEn: 'Check for rat signs; fill bait stations, block burrows',
		chemicalZh: '溴敌隆毒饵（0.005%）',
		chemicalEn: 'Bromadiolone bait (0.005 %)',
		amount: 200,
		unit: 'g',
		treats: 'rat'
	};

	it('names a report by its category and a survey site by its pest', () => {
		const water = {
			kind: 'blind_spot',
			categoryName: { nameZh: '积水（蚊孳生）', nameEn: 'Standing water (mosquito breeding)' },
			pest: null,
			task: null
		};
		expect(stopTitle(water, 'zh-CN', zh)).toBe('积水（蚊孳生）');
		expect(stopTitle(water, 'en', english)).toBe('Standing water (mosquito breeding)');
		const site = { kind: 'survey_site', categoryName: null, pest: 'rat', task };
		expect(stopTitle(site, 'zh-CN', zh)).toBe('病媒监测点（鼠密度不达标）');
		expect(stopTitle(site, 'en', english)).toBe('Survey site (Rats over the limit)');
		expect(stopTitle({ ...site, kind: 'garbage_station' }, 'zh-CN', zh)).toBe('垃圾收集站');
		expect(stopTitle({ ...site, kind: null }, 'zh-CN', zh)).toBe('作业点');
	});

	it('takes the task and chemical from the saved stop in the reader’s language', () => {
		const site = { kind: 'survey_site', categoryName: null, pest: 'rat', task };
		expect(stopTask(site, 'zh-CN')).toEqual({
			name: task.nameZh,
			chemical: '溴敌隆毒饵（0.005%）',
			amount: 200,
			unit: 'g'
		});
		expect(stopTask(site, 'en')?.chemical).toBe('Bromadiolone bait (0.005 %)');
		expect(stopTask({ ...site, task: null }, 'en')).toBeNull();
	});
});

describe('unassigned reasons', () => {
	it.each([
		['exceeds_max_minutes', '超出各队工作时间', 'Beyond every team’s working time'],
		['unreachable', '道路不通，无法到达', 'No road reaches it'],
		['capacity', '各队药量、站点数或工时已满', 'No team has room left (chemical, stops or time)'],
		['time_window', '不在可作业时段内，赶不到', 'Cannot be reached within its opening hours'],
		['something_new', '无法安排', 'Could not be placed']
	])('%s reads %s / %s', (reason, zhText, enText) => {
		expect(zh(reasonKey(reason))).toBe(zhText);
		expect(english(reasonKey(reason))).toBe(enText);
	});
});

describe('route colours', () => {
	it('gives the first teams distinct colours and wraps around', () => {
		expect(new Set([0, 1, 2].map(routeColor)).size).toBe(3);
		expect(new Set(ROUTE_COLORS).size).toBe(ROUTE_COLORS.length);
		expect(routeColor(ROUTE_COLORS.length)).toBe(routeColor(0));
		expect(routeColor(-1)).toBe(ROUTE_COLORS[ROUTE_COLORS.length - 1]);
	});
});

describe('countStops', () => {
	it('counts done, skipped and pending', () => {
		const stops = ['done', 'skipped', 'pending', 'pending'].map((status) => ({ status }));
		expect(countStops(stops)).toEqual({ done: 1, skipped: 1, pending: 2, total: 4, share: 0.5 });
	});

	it('is zero for no stops', () => {
		expect(countStops([])).toEqual({ done: 0, skipped: 0, pending: 0, total: 0, share: 0 });
	});
});

describe('teamName', () => {
	it('names planner teams in Chinese numerals and in English', () => {
		expect(teamName('team-3', 'zh-CN', zh)).toBe('消杀三队');
		expect(teamName('team-3', 'en', english)).toBe('Team 3');
		expect(teamName('team-12', 'zh-CN', zh)).toBe('消杀12队');
		expect(teamName('东区队', 'zh-CN', zh)).toBe('东区队');
	});
});
