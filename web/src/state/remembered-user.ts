import type { Me } from '../../../server/contract/accounts';
import type { RememberedUser } from './session.svelte';

const KEY = 'sanimap.me';

/**
 * The last signed-in user in `storage` (localStorage in the app), read back only while
 * `offlinePage()` says the page shown works without a network (the phone page /m).
 */
export function rememberedUser(
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
	offlinePage: () => boolean
): RememberedUser {
	return {
		read() {
			if (!offlinePage()) return null;
			try {
				const me = JSON.parse(storage.getItem(KEY) ?? 'null') as Me | null;
				return me && typeof me.username === 'string' && typeof me.role === 'string' ? me : null;
			} catch {
				return null;
			}
		},
		write(me) {
			try {
				if (me) storage.setItem(KEY, JSON.stringify(me));
				else storage.removeItem(KEY);
			} catch {
				// Storage full or blocked: the phone page then needs the network to open.
			}
		}
	};
}
