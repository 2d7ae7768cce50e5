/** The random id this browser sends with reports (rate limit per device); kept in localStorage. */
const KEY = 'sanimap.deviceId';

export function deviceId(storage: Storage = window.localStorage): string {
	let id = storage.getItem(KEY);
	if (!id || !/^[A-Za-z0-9-]{8,64}$/.test(id)) {
		id = crypto.randomUUID();
		storage.setItem(KEY, id);
	}
	return id;
}
