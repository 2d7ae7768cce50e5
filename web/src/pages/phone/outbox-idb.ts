/**
 * The outbox kept in IndexedDB (docs/decisions.md "Phone outbox"): items in one object store,
 * photo blobs in another, so a report made offline survives closing the page. Falls back to
 * memory where IndexedDB is missing (a private window on some phones).
 */
import { memoryOutboxStore, type OutboxItem, type OutboxStore } from './outbox';

const DB_NAME = 'sanimap-outbox';
const ITEMS = 'items';
const BLOBS = 'blobs';

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

function open(): Promise<IDBDatabase> {
	const req = indexedDB.open(DB_NAME, 1);
	req.onupgradeneeded = () => {
		req.result.createObjectStore(ITEMS, { keyPath: 'key' });
		req.result.createObjectStore(BLOBS);
	};
	return request(req);
}

/** One user's outbox: items are keyed per user, so a shared phone keeps each one's apart. */
export async function indexedDbOutboxStore(username: string): Promise<OutboxStore> {
	if (typeof indexedDB === 'undefined') return memoryOutboxStore();
	let db: IDBDatabase;
	try {
		db = await open();
	} catch {
		return memoryOutboxStore();
	}
	const prefix = `${username}\u0000`;
	const store = (name: string, mode: IDBTransactionMode) =>
		db.transaction(name, mode).objectStore(name);
	return {
		items: async () => {
			const all = (await request(store(ITEMS, 'readonly').getAll())) as (OutboxItem & {
				owner: string;
			})[];
			return all
				.filter((i) => i.owner === username)
				.map(({ owner: _owner, ...item }) => item)
				.sort((a, b) => a.order - b.order);
		},
		put: async (item) =>
			void (await request(store(ITEMS, 'readwrite').put({ ...item, owner: username }))),
		remove: async (key) => void (await request(store(ITEMS, 'readwrite').delete(key))),
		putBlob: async (id, blob) =>
			void (await request(store(BLOBS, 'readwrite').put(blob, prefix + id))),
		blob: async (id) =>
			((await request(store(BLOBS, 'readonly').get(prefix + id))) as Blob) ?? null,
		removeBlob: async (id) => void (await request(store(BLOBS, 'readwrite').delete(prefix + id)))
	};
}
