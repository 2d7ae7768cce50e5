import type { NotificationList } from '../../../server/contract/notifications';
import { apiFetch, requestJson, type FetchFn } from './client';

export type { NotificationList, NotificationRecord } from '../../../server/contract/notifications';

/** Client for `/api/notifications` (督办 notices, issue 14); `fetchFn` injected for tests. */
export function createNotificationClient(fetchFn: FetchFn = apiFetch) {
	return {
		mine: (signal?: AbortSignal) =>
			requestJson<NotificationList>(fetchFn, '/api/notifications', { signal }),
		read: (body: { ids: number[] } | { all: true }) =>
			requestJson<NotificationList>(fetchFn, '/api/notifications/read', {
				method: 'POST',
				body: JSON.stringify(body)
			})
	};
}
