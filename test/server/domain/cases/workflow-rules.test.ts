import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../../../../server/contract/accounts';
import { CASE_ACTIONS, type CaseAction } from '../../../../server/contract/case-states';
import { actionsFor, applyAction } from '../../../../server/domain/cases/workflow';
import { actor, ctx, makeCase, REQUEST } from './case-factory';

/** Who may take what (issue 14), written out by hand. */
const MAY: Record<Role, CaseAction[]> = {
	admin: [...CASE_ACTIONS],
	planner: ['accept', 'reject', 'merge', 'dispatch', 'escalate', 'refer', 'record_outcome'],
	grid: ['accept', 'reject', 'merge', 'start', 'handle'],
	patrol: ['start', 'handle'],
	sprayer: [],
	inspector: ['verify_pass', 'verify_fail'],
	leader: []
};

/** A status each action may start from. */
const FROM: Record<CaseAction, Parameters<typeof makeCase>[0]> = {
	accept: 'reported',
	reject: 'reported',
	merge: 'reported',
	dispatch: 'accepted',
	start: 'dispatched',
	handle: 'processing',
	verify_pass: 'handled',
	verify_fail: 'handled',
	escalate: 'dispatched',
	refer: 'processing',
	record_outcome: 'referred'
};

const cells = ROLES.flatMap((role) => CASE_ACTIONS.map((action) => ({ role, action })));

describe('case workflow: roles', () => {
	it.each(cells)('$role may $action: as the table says', ({ role, action }) => {
		const c = makeCase(FROM[action], { handledBy: 'someone-else' });
		const result = applyAction(c, REQUEST[action], actor(role), ctx());
		if (MAY[role].includes(action)) expect(result.ok).toBe(true);
		else expect(result).toMatchObject({ ok: false, code: 'forbidden' });
	});

	it('names the role and the action', () => {
		const result = applyAction(makeCase('accepted'), REQUEST.dispatch, actor('leader'), ctx());
		expect(result).toMatchObject({
			message_zh: '角色"领导"不能派遣',
			message_en: 'The role "leader" cannot dispatch.'
		});
	});

	it('answers a role that never takes the action with 403 even in the wrong status', () => {
		const result = applyAction(makeCase('closed'), REQUEST.dispatch, actor('leader'), ctx());
		expect(result).toMatchObject({ code: 'forbidden' });
	});

	it('keeps grid and patrol staff inside their zones; planners are not area-bound', () => {
		const c = makeCase('reported');
		expect(applyAction(c, REQUEST.accept, actor('grid', 'g2', ['c02']), ctx())).toMatchObject({
			code: 'forbidden',
			message_zh: '该案件不在您负责的区域内'
		});
		expect(applyAction(c, REQUEST.accept, actor('grid', 'g1', ['c01-g01']), ctx()).ok).toBe(true);
		expect(applyAction(c, REQUEST.accept, actor('grid', 'g0', []), ctx()).ok).toBe(true);
		const dispatched = makeCase('dispatched');
		expect(applyAction(dispatched, REQUEST.handle, actor('patrol', 'p', ['c09']), ctx()).ok).toBe(
			false
		);
		expect(applyAction(c, REQUEST.accept, actor('planner', 'pl', ['c02']), ctx()).ok).toBe(true);
	});

	it('lets nobody verify their own handling, not even an admin', () => {
		const c = makeCase('handled', { handledBy: 'admin' });
		for (const action of ['verify_pass', 'verify_fail'] as const) {
			expect(applyAction(c, REQUEST[action], actor('admin'), ctx())).toMatchObject({
				code: 'forbidden',
				message_zh: '核查须由处置人以外的人员进行，您是本案的处置人'
			});
		}
		expect(applyAction(c, REQUEST.verify_pass, actor('inspector', 'li'), ctx()).ok).toBe(true);
	});

	it('lists the actions an actor may take now (the buttons)', () => {
		expect(actionsFor(makeCase('dispatched'), actor('patrol'))).toEqual(['start', 'handle']);
		expect(actionsFor(makeCase('dispatched'), actor('planner'))).toEqual([
			'dispatch',
			'escalate',
			'refer'
		]);
		expect(actionsFor(makeCase('handled', { handledBy: 'li' }), actor('inspector', 'li'))).toEqual(
			[]
		);
		expect(actionsFor(makeCase('reported'), actor('leader'))).toEqual([]);
		expect(actionsFor(makeCase('closed'), actor('admin'))).toEqual([]);
	});
});
