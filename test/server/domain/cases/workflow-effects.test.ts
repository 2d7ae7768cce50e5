import { describe, expect, it } from 'vitest';
import type { ActionRequest, CaseState } from '../../../../server/domain/cases/case-state';
import { applyAction } from '../../../../server/domain/cases/workflow';
import { actor, ctx, makeCase } from './case-factory';

/** Applies a step that must succeed and returns the case after it. */
function step(c: CaseState, req: ActionRequest, who: ReturnType<typeof actor>, at: string) {
	const result = applyAction(c, req, who, ctx(at));
	if (!result.ok) throw new Error(result.message_en);
	return result;
}

describe('case workflow: what each action writes', () => {
	it('walks the loop with a rework, one history row a step', () => {
		const planner = actor('planner', 'zhang');
		const patrol = actor('patrol', 'wang', ['c01']);
		const inspector = actor('inspector', 'li');
		const rows = [];
		let c = makeCase('reported');
		for (const [req, who, at] of [
			[{ action: 'accept' }, planner, '2026-02-13T09:10:00'],
			[{ action: 'dispatch', assignee: 'wang', unit: '环卫一队' }, planner, '2026-02-13T09:20:00'],
			[{ action: 'start' }, patrol, '2026-02-13T10:00:00'],
			[{ action: 'handle', note: '已清运' }, patrol, '2026-02-13T11:00:00'],
			[{ action: 'verify_fail', note: '仍有残留' }, inspector, '2026-02-13T15:00:00'],
			[{ action: 'handle', note: '复清' }, patrol, '2026-02-14T10:00:00'],
			[{ action: 'verify_pass' }, inspector, '2026-02-14T11:00:00']
		] as const) {
			const r = step(c, req as ActionRequest, who, at);
			rows.push(
				`${r.entry.by} ${r.entry.action} ${r.entry.from}→${r.entry.to} ${r.entry.note ?? ''}`
			);
			c = r.case;
		}
		expect(rows).toEqual([
			'zhang accept reported→accepted ',
			'zhang dispatch accepted→dispatched ',
			'wang start dispatched→processing ',
			'wang handle processing→handled 已清运',
			'li verify_fail handled→dispatched 仍有残留',
			'wang handle dispatched→handled 复清',
			'li verify_pass handled→closed '
		]);
		expect(c).toMatchObject({
			status: 'closed',
			assignee: 'wang',
			unit: '环卫一队',
			handledBy: 'wang',
			handledAt: '2026-02-14T10:00:00',
			closedAt: '2026-02-14T11:00:00',
			reworkCount: 1,
			// Sent back Fri 2026-02-13 15:00 with an 8 h limit: Fri 2 h + the 调休 Saturday 6 h.
			deadline: '2026-02-14T15:00:00'
		});
	});

	it('takes the inspector’s rework deadline when one is given', () => {
		const r = step(
			makeCase('handled', { handledBy: 'wang', reworkCount: 1 }),
			{ action: 'verify_fail', deadline: '2026-03-02T12:00:00' },
			actor('inspector'),
			'2026-02-27T10:00:00'
		);
		expect(r.case).toMatchObject({
			status: 'dispatched',
			reworkCount: 2,
			deadline: '2026-03-02T12:00:00'
		});
	});

	it('merges only into another open case', () => {
		const c = makeCase('reported');
		const merge = (id: string, status: CaseState['status']): ActionRequest => ({
			action: 'merge',
			into: { id, status }
		});
		const merged = applyAction(c, merge('C000', 'processing'), actor('planner'), ctx());
		expect(merged.ok && merged.case).toMatchObject({ status: 'merged', mergedInto: 'C000' });
		expect(applyAction(c, merge('C000', 'closed'), actor('planner'), ctx())).toMatchObject({
			code: 'conflict',
			message_zh: '目标案件 C000 已不在办理中，不能合并'
		});
		expect(applyAction(c, merge('C001', 'reported'), actor('planner'), ctx())).toMatchObject({
			code: 'invalid'
		});
	});

	it('keeps the reason of a rejection and refuses a blank one', () => {
		const r = step(
			makeCase('reported'),
			{ action: 'reject', reason: '重复上报' },
			actor('grid'),
			'2026-02-13T09:00:00'
		);
		expect(r.entry).toMatchObject({ to: 'rejected', note: '重复上报' });
		expect(
			applyAction(makeCase('reported'), { action: 'reject', reason: '  ' }, actor('grid'), ctx())
		).toMatchObject({ code: 'invalid', message_zh: '不予立案须说明理由' });
	});

	it('escalates where the case stands and counts each 督办', () => {
		const r = step(
			makeCase('handled', { escalations: 1 }),
			{ action: 'escalate' },
			actor('planner'),
			'2026-02-24T09:00:00'
		);
		expect(r.case).toMatchObject({ status: 'handled', escalations: 2 });
		expect(r.entry).toMatchObject({ from: 'handled', to: 'handled' });
	});

	it('reassigns a dispatched case (改派)', () => {
		const c = makeCase('processing', { assignee: 'wang', unit: '一队' });
		const r = step(
			c,
			{ action: 'dispatch', assignee: 'zhao' },
			actor('planner'),
			'2026-02-24T09:00:00'
		);
		expect(r.case).toMatchObject({ status: 'dispatched', assignee: 'zhao', unit: null });
	});
});
