import type { NotificationRecord } from '../../../server/contract/notifications';
import type { MessageKey, Translate } from '../i18n';

/** A notice in the reader's language: who did what to which case (督办, issue 14). */
export function noticeText(
	n: NotificationRecord,
	t: Translate,
	names: { user: (u: string) => string; category: (c: string) => string }
): string {
	const who = n.data.as === 'superior' && !n.data.assignee ? 'unassigned' : n.data.as;
	const key = `notices.${n.kind}.${who}` as MessageKey;
	return t(key, {
		id: n.caseId ?? '',
		category: names.category(n.data.category),
		deadline: (n.data.deadline ?? '').replace('T', ' ').slice(0, 16),
		assignee: n.data.assignee ? names.user(n.data.assignee) : t('notices.unassigned'),
		by: n.data.by ? names.user(n.data.by) : ''
	});
}
