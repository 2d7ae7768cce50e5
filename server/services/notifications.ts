/**
 * 督办 (issue 14): in-app notices to a case's assignee and their superior, written inside the
 * transaction that writes the case's history and audit rows, so a notice exists exactly when
 * its 督办 does. The inbox API reads and marks a user's own notices.
 */
import type {
	NotificationData,
	NotificationKind,
	NotificationList,
	NotificationRecord
} from '../contract/notifications';
import { NOTIFICATION_PAGE } from '../contract/notifications';
import type { Database, Transaction } from '../db/database';
import { noticeRecipients, type StaffMember } from '../domain/cases/superiors';
import {
	INSERT_NOTIFICATION_SQL,
	MARK_READ_SQL,
	MY_NOTIFICATIONS_SQL,
	MY_UNREAD_SQL,
	STAFF_SQL
} from '../queries/notifications';
import type { Actor } from './actor';
import { recordAudit } from './audit';
import type { CaseRow } from './cases';

type Reader = Pick<Transaction, 'query'>;

export async function loadStaff(db: Reader): Promise<StaffMember[]> {
	return db.query<StaffMember & Record<string, unknown>>(STAFF_SQL);
}

/**
 * Notices about one case to its assignee and their superiors (not to `by`, who did it).
 * Returns the usernames told.
 */
export async function noticeCase(
	tx: Transaction,
	kind: NotificationKind,
	row: Pick<CaseRow, 'id' | 'category' | 'zone' | 'assignee' | 'deadline' | 'areas'>,
	at: string,
	by: string | null,
	note: string | null,
	staff?: StaffMember[]
): Promise<string[]> {
	const everyone = staff ?? (await loadStaff(tx));
	const recipients = noticeRecipients(row.assignee, row.areas, everyone, by);
	for (const r of recipients) {
		const data: NotificationData = {
			as: r.as,
			category: row.category,
			zone: row.zone,
			assignee: row.assignee,
			deadline: row.deadline,
			by,
			note
		};
		await tx.run(INSERT_NOTIFICATION_SQL, {
			recipient: r.username,
			kind,
			caseId: row.id,
			data: JSON.stringify(data),
			at
		});
	}
	return recipients.map((r) => r.username);
}

/** `GET /api/notifications`: the signed-in user's, newest first, and the unread count. */
export async function listNotifications(db: Database, actor: Actor): Promise<NotificationList> {
	const rows = await db.query<Omit<NotificationRecord, 'data'> & { data: string }>(
		MY_NOTIFICATIONS_SQL,
		{ me: actor.username, limit: NOTIFICATION_PAGE }
	);
	const [unread] = await db.query<{ n: number }>(MY_UNREAD_SQL, { me: actor.username });
	return {
		notifications: rows.map((r) => ({
			...r,
			id: Number(r.id),
			data: JSON.parse(r.data) as NotificationData
		})),
		unread: Number(unread.n)
	};
}

/**
 * `POST /api/notifications/read`: marks the given notices (or all) of the signed-in user read.
 * Another user's notice ids are ignored. Audited like every write.
 */
export async function markNotificationsRead(
	db: Database,
	actor: Actor,
	body: { ids?: number[]; all?: boolean },
	at: string
): Promise<NotificationList> {
	await db.transaction(async (tx) => {
		await tx.run(MARK_READ_SQL, {
			me: actor.username,
			all: body.all === true,
			ids: JSON.stringify(body.ids ?? []),
			at
		});
		await recordAudit(tx, actor, {
			action: 'notification.read',
			entity: 'notification',
			entityId: null,
			after: body.all === true ? { all: true } : { ids: body.ids ?? [] }
		});
	});
	return listNotifications(db, actor);
}
