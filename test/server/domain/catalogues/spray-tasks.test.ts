import { describe, expect, it } from 'vitest';
import { resolveSprayTask, SPRAY_TASKS } from '../../../../server/domain/catalogues/spray-tasks';
import { PESTS } from '../../../../server/contract/records';

const task = (category: string | null, kind: string | null, pest: string | null) =>
	resolveSprayTask(SPRAY_TASKS, { category, kind, pest });

describe('the task at a stop', () => {
	it('baits rats and treats cockroaches at a failing survey site, whatever its habitat', () => {
		expect(task(null, 'survey_site', 'rat')).toMatchObject({
			nameZh: expect.stringContaining('毒饵'),
			chemicalZh: expect.stringContaining('溴敌隆'),
			unit: 'g'
		});
		expect(task(null, 'survey_site', 'cockroach')?.chemicalZh).toContain('杀蟑胶饵');
		expect(task(null, 'survey_site', 'cockroach')?.treats).toBe('cockroach');
		expect(task('exposed_garbage', 'blind_spot', null)?.treats).toBe('fly');
		expect(task(null, 'survey_site', 'rat')?.nameZh).not.toContain('蚊');
	});

	it('larvicides standing water in any plan, a fly plan included', () => {
		for (const pest of [null, ...PESTS]) {
			const t = task('standing_water', 'blind_spot', pest);
			expect(t?.nameZh).toContain('幼剂');
			expect(t?.nameZh).not.toContain('蝇');
			expect(t?.chemicalEn).toMatch(/temephos/i);
			expect(t?.treats).toBe('mosquito');
		}
	});

	it('lets a named pest decide at a place (bait at a garbage station in a rat plan)', () => {
		expect(task(null, 'garbage_station', 'rat')?.chemicalZh).toContain('溴敌隆');
		expect(task(null, 'garbage_station', null)?.nameZh).toContain('垃圾站');
		expect(task('exposed_garbage', 'blind_spot', null)?.nameZh).toContain('垃圾死角');
		expect(task(null, 'water_body', 'mosquito')?.nameZh).toContain('幼剂');
	});

	it('always has an answer, and one row per place and pest', () => {
		expect(task(null, null, null)?.nameZh).toBe('按现场情况消杀');
		const keys = SPRAY_TASKS.map((t) => `${t.place}/${t.pest}`);
		expect(new Set(keys).size).toBe(keys.length);
		for (const t of SPRAY_TASKS) {
			expect(t.nameZh && t.nameEn && t.chemicalZh && t.chemicalEn).toBeTruthy();
			expect(t.amount).toBeGreaterThan(0);
		}
	});
});
