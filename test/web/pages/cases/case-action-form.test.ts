import { describe, expect, it } from 'vitest';
import {
	actionBody,
	draftFor,
	missingField
} from '../../../../web/src/pages/cases/case-action-form';

describe('the action forms of a case (issue 14 item 4)', () => {
	it('proposes the grid’s responsible person for 派遣 only', () => {
		expect(draftFor('dispatch', 'wang').assignee).toBe('wang');
		expect(draftFor('accept', 'wang').assignee).toBe('');
	});

	it('asks for a reason to reject, a target to merge and an assignee to dispatch', () => {
		expect(missingField('reject', draftFor('reject', null))).toBe('reason');
		expect(missingField('merge', draftFor('merge', null))).toBe('into');
		expect(missingField('dispatch', draftFor('dispatch', null))).toBe('assignee');
		expect(missingField('dispatch', draftFor('dispatch', 'wang'))).toBeNull();
		expect(missingField('accept', draftFor('accept', null))).toBeNull();
	});

	it('sends only the fields the action asks for, trimmed; a new deadline with seconds', () => {
		const draft = {
			...draftFor('verify_fail', null),
			note: ' 仍有垃圾 ',
			deadline: '2024-06-01T18:00',
			reason: 'left over'
		};
		expect(actionBody('verify_fail', draft)).toEqual({
			action: 'verify_fail',
			note: '仍有垃圾',
			deadline: '2024-06-01T18:00:00'
		});
		expect(actionBody('dispatch', { ...draftFor('dispatch', 'wang'), unit: '环卫所' })).toEqual({
			action: 'dispatch',
			assignee: 'wang',
			unit: '环卫所'
		});
	});
});
