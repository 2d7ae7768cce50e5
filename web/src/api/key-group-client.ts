import type { z } from 'zod';
import type { KeyGroupList, KeyGroupView } from '../../../server/contract/key-groups';
import type {
	createKeyGroupBodySchema,
	updateKeyGroupBodySchema
} from '../../../server/contract/key-group-requests';
import { apiFetch, requestJson, type FetchFn } from './client';

export type { KeyGroupList, KeyGroupView };
export type KeyGroupCreate = z.input<typeof createKeyGroupBodySchema>;
export type KeyGroupUpdate = z.input<typeof updateKeyGroupBodySchema>;

/** Client for `/api/key-groups` (issue 16 item 1); refusals come in `lang`. */
export function createKeyGroupClient(fetchFn: FetchFn = apiFetch) {
	return {
		list: (signal?: AbortSignal) =>
			requestJson<KeyGroupList>(fetchFn, '/api/key-groups', { signal }),
		create: (body: KeyGroupCreate, lang: string) =>
			requestJson<KeyGroupView>(fetchFn, `/api/key-groups?lang=${lang}`, {
				method: 'POST',
				body: JSON.stringify(body)
			}),
		update: (id: string, body: KeyGroupUpdate, lang: string) =>
			requestJson<KeyGroupView>(fetchFn, `/api/key-groups/${encodeURIComponent(id)}?lang=${lang}`, {
				method: 'PUT',
				body: JSON.stringify(body)
			}),
		remove: (id: string, lang: string) =>
			requestJson<{ id: string }>(
				fetchFn,
				`/api/key-groups/${encodeURIComponent(id)}?lang=${lang}`,
				{
					method: 'DELETE'
				}
			)
	};
}
