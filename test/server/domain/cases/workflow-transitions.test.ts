import { describe, expect, it } from 'vitest';
import {
	CASE_ACTIONS,
	CASE_ACTION_NAMES,
	CASE_STATUSES,
	CASE_STATUS_NAMES,
	type CaseAction,
	type CaseStatus
} from '../../../../server/contract/case-states';
import { applyAction } from '../../../../server/domain/cases/workflow';
import { actor, ctx, makeCase, REQUEST } from './case-factory';

/** The workflow written out by hand: from-status → action → to-status; anything else is 409. */
const EXPECTED: Record<CaseStatus, Partial<Record<CaseAction, CaseStatus>>> = {
	reported: { accept: 'accepted', reject: 'rejected', merge: 'merged', escalate: 'reported' },
	accepted: { dispatch: 'dispatched', escalate: 'accepted', refer: 'referred' },
	rejected: {},
	merged: {},
	dispatched: {
		dispatch: 'dispatched',
		start: 'processing',
		handle: 'handled',
		escalate: 'dispatched',
		refer: 'referred'
	},
	processing: {
		dispatch: 'dispatched',
		handle: 'handled',
		escalate: 'processing',
		refer: 'referred'
	},
	handled: { verify_pass: 'closed', verify_fail: 'dispatched', escalate: 'handled' },
	closed: {},
	// Issue 15: a referred case waits for the 城管执法大队; only its outcome closes it.
	referred: { record_outcome: 'closed' }
};

const cells = CASE_STATUSES.flatMap((status) => CASE_ACTIONS.map((action) => ({ status, action })));
const admin = actor('admin');

describe('case workflow: every status × action', () => {
	it.each(cells.filter(({ status, action }) => EXPECTED[status][action]))(
		'$status --$action--> allowed',
		({ status, action }) => {
			const result = applyAction(
				makeCase(status, { handledBy: 'patrol-wang' }),
				REQUEST[action],
				admin,
				ctx()
			);
			expect(result.ok && result.case.status).toBe(EXPECTED[status][action]);
			expect(result.ok && result.entry).toMatchObject({ by: 'admin', action, from: status });
		}
	);

	it.each(cells.filter(({ status, action }) => !EXPECTED[status][action]))(
		'$status --$action--> 409',
		({ status, action }) => {
			const result = applyAction(makeCase(status), REQUEST[action], admin, ctx());
			const allowed = Object.keys(EXPECTED[status]);
			expect(result).toMatchObject({ ok: false, code: 'conflict', allowed });
			expect(!result.ok && result.message_zh).toContain(
				`该案件当前为"${CASE_STATUS_NAMES[status].zh}"，不能${CASE_ACTION_NAMES[action].verbZh}`
			);
		}
	);

	it('says what may be done instead, in Chinese and English', () => {
		const closed = applyAction(makeCase('closed'), REQUEST.dispatch, admin, ctx());
		expect(closed).toMatchObject({
			message_zh: '该案件当前为"已结案"，不能派遣。当前可进行的操作：无',
			message_en: 'Cannot dispatch: the case is "Closed". Allowed now: none.'
		});
		const handled = applyAction(makeCase('handled'), REQUEST.accept, admin, ctx());
		expect(!handled.ok && handled.message_zh).toBe(
			'该案件当前为"待核查"，不能立案。当前可进行的操作：核查通过、核查不通过、督办'
		);
	});
});
