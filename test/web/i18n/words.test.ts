import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../../web/src/i18n/en';
import { zhCN } from '../../../web/src/i18n/zh-cn';
import {
	STATUS_WORDS,
	catalogueWords,
	createCodeLookup
} from '../../../server/domain/imports/code-lookups';
import { describeIndicator } from '../../../web/src/components/describe-density';
import { describeFeature } from '../../../web/src/components/describe-feature';
import { translate } from '../../../web/src/i18n/translate';
import { CASE_STATUSES } from '../../../server/contract/case-states';
import { SURVEY_METHODS } from '../../../server/domain/catalogues/survey-methods';

const translateZh = (key: keyof typeof zhCN, params?: Record<string, string | number>) =>
	translate(zhCN, key, params);
const translateEn = (key: keyof typeof zhCN, params?: Record<string, string | number>) =>
	translate(en, key, params);
const zhValues = Object.entries(zhCN) as [string, string][];

describe('the words a 街道 office reads (issue 11 item 8)', () => {
	it('names the pages as the office does', () => {
		expect(zhCN['nav.compare']).toBe('同比分析');
		expect(zhCN['compare.title']).toBe('同比分析');
		expect(zhCN['nav.overview']).toBe('工作总览');
		expect(zhCN['overview.title']).toBe('工作总览');
		expect(en['nav.overview']).toBe('Work overview');
	});

	it('calls the layer of all 13 categories 环境卫生问题, keeping 垃圾死角 a category', () => {
		expect(zhCN['layer.blindspots']).toBe('环境卫生问题');
		expect(en['layer.blindspots']).toBe('Sanitation problems');
	});

	it('calls H3 cells 六边形格 so they never read as the management 网格', () => {
		for (const [key, value] of zhValues) {
			expect(value, key).not.toMatch(/H3/);
			expect(value, key).not.toMatch(/H3\s*网格/);
		}
		expect(zhCN['density.unit.h3']).toBe('六边形格');
		expect(en['density.unit.h3']).toBe('Hexagon cells');
	});

	it('drops the made-up words 重点组, 计数, 监测量, 第二计数, 第二指标', () => {
		for (const [key, value] of zhValues) {
			expect(value, key).not.toMatch(/重点组|计数|(^|[^效])监测量|第二指标/);
		}
		expect(zhCN['field.keyGroup']).toBe('重点路段组');
	});

	it('labels a zone or road owner as a person or a unit', () => {
		expect(zhCN['field.responsible']).toBe('责任人/责任单位');
		expect(en['field.responsible']).toBe('Person or unit responsible');
	});

	it('writes Chinese parentheses in Chinese text and names', () => {
		for (const [key, value] of zhValues) expect(value, key).not.toMatch(/[()]/);
		for (const m of SURVEY_METHODS) expect(m.nameZh, m.code).not.toMatch(/[()]/);
	});

	it('names the pests 鼠、蚊、蝇、蟑螂 everywhere', () => {
		for (const [key, value] of zhValues) {
			expect(value, key).not.toMatch(/老鼠|蚊虫|蚊子|苍蝇|蜚蠊/);
		}
	});
});

describe('the status words (issue 11 item 9)', () => {
	it('README lists the statuses as the dashboard shows them, and import accepts them', () => {
		const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
		const ui = CASE_STATUSES.map((s) => zhCN[`status.${s}` as keyof typeof zhCN]);
		expect(readme).toContain(`statuses ${ui.join('/')}`);
		for (const [code, words] of Object.entries(STATUS_WORDS)) {
			expect(words, code).toContain(zhCN[`status.${code}` as keyof typeof zhCN]);
		}
		expect(STATUS_WORDS.processing).toContain('处理中');
	});
});

describe('each method’s own words (issue 11 item 8)', () => {
	const context = (lang: 'zh-CN' | 'en') => ({
		t: lang === 'en' ? translateEn : translateZh,
		lang,
		catalogues: {
			surveyMethods: [...SURVEY_METHODS],
			blindSpotCategories: [],
			controlThresholds: []
		},
		zoneNames: new Map<string, string>()
	});
	const survey = {
		layer: 'surveys' as const,
		geometry: null,
		x: 0,
		y: 0,
		properties: {
			id: 'S1',
			pest: 'fly' as const,
			method: 'fly.indoor_rooms',
			siteId: 'P1',
			surveyedAt: '2025-07-01',
			count: 3,
			effort: 40,
			count2: 9,
			habitat: '室内',
			zoneId: null,
			gridId: null
		}
	};

	it('labels a survey’s figures as its method does, in both languages', () => {
		const zh = describeFeature(survey, context('zh-CN')).rows.map((r) => r.label);
		expect(zh).toEqual(expect.arrayContaining(['有蝇房间数', '检查房间数', '阳性房间蝇数']));
		const en = describeFeature(survey, context('en')).rows.map((r) => r.label);
		expect(en).toEqual(
			expect.arrayContaining(['Rooms with flies', 'Rooms', 'Flies in positive rooms'])
		);
	});

	it('labels the zone panel’s ratio and second value per method', () => {
		const view = describeIndicator(
			{
				method: 'fly.indoor_rooms',
				value: 7.5,
				value2: 3,
				count: 3,
				effort: 40,
				count2: 9,
				level: 'B',
				note: null
			},
			context('zh-CN')
		);
		expect(view.labels.ratio).toBe('有蝇房间数 / 检查房间数');
		expect(view.labels.value2).toBe('每阳性房间蝇数');
		expect(view.labels.limits2).toBe('每阳性房间蝇数限值');
	});

	it('imports a method written with half-width brackets, as old files have it', () => {
		const lookup = createCodeLookup(catalogueWords(SURVEY_METHODS), 'method');
		expect(lookup.resolve('鼠迹法(室内)')).toBe('rat.indoor_signs');
		expect(lookup.resolve('鼠迹法（室内）')).toBe('rat.indoor_signs');
	});
});
