import { describe, expect, it } from 'vitest';
import type { NotificationRecord } from '../../../server/contract/notifications';
import { noticeText } from '../../../web/src/app/notice-text';
import { Locale } from '../../../web/src/i18n';

const names = {
	user: (u: string) => ({ 'test-grid': '王芳' })[u] ?? u,
	category: () => '暴露垃圾'
};
const notice = (
	over: Partial<NotificationRecord['data']>,
	kind: 'overdue' | 'escalated' = 'overdue'
) =>
	({
		id: 1,
		kind,
		caseId: 'B00010',
		createdAt: '2025-09-28T16:05:00',
		readAt: null,
		data: {
			as: 'superior',
			category: 'exposed_garbage',
			zone: 'c02',
			assignee: 'test-grid',
			deadline: '2025-09-28T16:00:00',
			by: null,
			note: null,
			...over
		}
	}) as NotificationRecord;

describe('a 督办 notice in words', () => {
	it('names the assignee to a superior, or says the case is not dispatched yet', () => {
		const zh = new Locale();
		zh.lang = 'zh-CN';
		expect(noticeText(notice({}), zh.t, names)).toBe(
			'王芳 的案件 B00010（暴露垃圾）已超过处置期限 2025-09-28 16:00，系统已自动督办'
		);
		expect(noticeText(notice({ assignee: null }), zh.t, names)).toBe(
			'案件 B00010（暴露垃圾）尚未派遣，已超过处置期限 2025-09-28 16:00，系统已自动督办'
		);
		const en = new Locale();
		en.lang = 'en';
		expect(
			noticeText(notice({ as: 'assignee', by: 'test-planner' }, 'escalated'), en.t, names)
		).toBe('test-planner escalated your case B00010 (暴露垃圾)');
	});
});
