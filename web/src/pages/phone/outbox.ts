/**
 * The phone page's outbox (issue 14 item 5): a report or action made on a weak connection is
 * kept on the phone and sent when the network returns. Each item carries its own uuid as
 * `Idempotency-Key`, so a resend after a lost answer gets the first result from the server
 * and never writes twice. Items go in the order they were made; one that cannot be sent yet
 * (no network, 5xx, 408, 429) stops the run and waits for the next try; one the server
 * refuses for good (any other 4xx) is kept with the server's message for the user to read
 * and discard. Storage and fetch are injected: outbox-idb.ts in the browser, memory in tests.
 */

/** Photos stored beside an item, sent as these multipart fields. */
/** `d0`, `d1` …: the photos of an inspection's deduction 0, 1 … (issue 16). */
export type PhotoField = 'photos' | 'before' | 'after' | `d${number}`;

export interface OutboxItem {
	/** uuid, sent as `Idempotency-Key`. */
	key: string;
	/**
	 * `patrol`: a patrol's start, track batch or end (JSON); `check`: a frontage check (issue 15);
	 * `inspection`: a 环卫考核 inspection (issue 16), its JSON in the `body` field.
	 */
	kind: 'report' | 'action' | 'patrol' | 'check' | 'inspection';
	/** The case an action is on; null for a report. */
	caseId: string | null;
	/** Text fields of the multipart body (category, description, lng, lat, reported_at, action, note). */
	fields: Record<string, string>;
	/** Where a patrol or check item goes (`/api/patrols/…`, `/api/frontage/…/checks`). */
	path?: string;
	/** A JSON body, sent instead of the multipart fields (patrol items). */
	json?: string;
	/** What the outbox list calls it (a patrol step, the unit checked). */
	label?: string;
	/** Ids of the stored photo blobs and the field each goes in, in the order taken. */
	photos: { id: string; field: PhotoField }[];
	/** When it was made (local time, as the server reads `reported_at`). */
	madeAt: string;
	/** Sending order: milliseconds when kept, kept strictly increasing. */
	order: number;
	state: 'waiting' | 'sending' | 'refused';
	attempts: number;
	/** The server's message for a refused item, or the last network failure. */
	error: string | null;
}

export interface OutboxStore {
	items(): Promise<OutboxItem[]>;
	put(item: OutboxItem): Promise<void>;
	remove(key: string): Promise<void>;
	putBlob(id: string, blob: Blob): Promise<void>;
	blob(id: string): Promise<Blob | null>;
	removeBlob(id: string): Promise<void>;
}

export type SendFetch = (input: string, init: RequestInit) => Promise<Response>;

/** What one send came to. */
export type SendOutcome =
	| { kind: 'sent'; body: unknown }
	| { kind: 'refused'; status: number; message: string }
	| { kind: 'later'; message: string };

/** 408 and 429 are worth another try; every other 4xx is a definite no. */
export const isDefiniteRefusal = (status: number) =>
	status >= 400 && status < 500 && status !== 408 && status !== 429;

export function pathOf(item: Pick<OutboxItem, 'kind' | 'caseId' | 'path'>): string {
	if (item.path) return item.path;
	return item.kind === 'report'
		? '/api/cases'
		: `/api/cases/${encodeURIComponent(item.caseId ?? '')}/actions`;
}

async function errorMessage(res: Response): Promise<string> {
	try {
		const body = (await res.json()) as { error?: { message?: string } };
		return body.error?.message ?? `HTTP ${res.status}`;
	} catch {
		return `HTTP ${res.status}`;
	}
}

/** One item over the network: its fields and photos as multipart, its key as the header. */
export async function sendItem(
	item: OutboxItem,
	store: Pick<OutboxStore, 'blob'>,
	fetchFn: SendFetch
): Promise<SendOutcome> {
	const form = new FormData();
	for (const [name, value] of Object.entries(item.fields)) form.append(name, value);
	for (const [i, photo] of item.photos.entries()) {
		const blob = await store.blob(photo.id);
		if (blob) form.append(photo.field, blob, `photo-${i + 1}.jpg`);
	}
	const headers: Record<string, string> = {
		'idempotency-key': item.key,
		accept: 'application/json'
	};
	if (item.json !== undefined) headers['content-type'] = 'application/json';
	let res: Response;
	try {
		res = await fetchFn(pathOf(item), {
			method: 'POST',
			body: item.json ?? form,
			headers,
			credentials: 'same-origin'
		});
	} catch (error) {
		return { kind: 'later', message: error instanceof Error ? error.message : String(error) };
	}
	if (res.ok) return { kind: 'sent', body: await res.json().catch(() => null) };
	const message = await errorMessage(res);
	return isDefiniteRefusal(res.status)
		? { kind: 'refused', status: res.status, message }
		: { kind: 'later', message };
}

export interface FlushResult {
	sent: { item: OutboxItem; body: unknown }[];
	refused: OutboxItem[];
	/** True when an item is still waiting for a later try. */
	stopped: boolean;
}

export class Outbox {
	#lastOrder = 0;
	#running: Promise<FlushResult> | null = null;

	constructor(
		private readonly store: OutboxStore,
		private readonly fetchFn: SendFetch,
		private readonly onChange: () => void = () => {}
	) {}

	/** Keeps a new item and its photos; the caller then calls flush(). */
	async add(
		item: Omit<OutboxItem, 'state' | 'attempts' | 'error' | 'photos' | 'order'>,
		photos: { field: PhotoField; blob: Blob }[]
	): Promise<OutboxItem> {
		const stored: OutboxItem['photos'] = [];
		for (const [i, p] of photos.entries()) {
			const id = `${item.key}-${i}`;
			await this.store.putBlob(id, p.blob);
			stored.push({ id, field: p.field });
		}
		this.#lastOrder = Math.max(Date.now(), this.#lastOrder + 1);
		const full: OutboxItem = {
			...item,
			photos: stored,
			order: this.#lastOrder,
			state: 'waiting',
			attempts: 0,
			error: null
		};
		await this.store.put(full);
		this.onChange();
		return full;
	}

	items(): Promise<OutboxItem[]> {
		return this.store.items();
	}

	/** Drops an item (a refused one the user has read) and its photos. */
	async discard(key: string): Promise<void> {
		const item = (await this.store.items()).find((i) => i.key === key);
		for (const p of item?.photos ?? []) await this.store.removeBlob(p.id);
		await this.store.remove(key);
		this.onChange();
	}

	/** Sends waiting items in order; one run at a time (a second call joins the first). */
	flush(): Promise<FlushResult> {
		this.#running ??= this.#flush().finally(() => (this.#running = null));
		return this.#running;
	}

	async #flush(): Promise<FlushResult> {
		const result: FlushResult = { sent: [], refused: [], stopped: false };
		const waiting = (await this.store.items()).filter((i) => i.state !== 'refused');
		for (const item of waiting) {
			await this.store.put({ ...item, state: 'sending' });
			this.onChange();
			const outcome = await sendItem(item, this.store, this.fetchFn);
			const attempts = item.attempts + 1;
			if (outcome.kind === 'sent') {
				for (const p of item.photos) await this.store.removeBlob(p.id);
				await this.store.remove(item.key);
				result.sent.push({ item, body: outcome.body });
			} else if (outcome.kind === 'refused') {
				const refused: OutboxItem = { ...item, state: 'refused', attempts, error: outcome.message };
				await this.store.put(refused);
				result.refused.push(refused);
			} else {
				await this.store.put({ ...item, state: 'waiting', attempts, error: outcome.message });
				result.stopped = true;
			}
			this.onChange();
			if (result.stopped) break;
		}
		return result;
	}
}

/** Seconds before the next automatic try after `attempts` failed ones: 5, 10, 20 … 300. */
export const retryDelaySeconds = (attempts: number) =>
	Math.min(300, 5 * 2 ** Math.max(0, attempts - 1));

/** An outbox kept in memory (tests, and a browser without IndexedDB). */
export function memoryOutboxStore(): OutboxStore {
	const items = new Map<string, OutboxItem>();
	const blobs = new Map<string, Blob>();
	return {
		items: async () => [...items.values()].sort((a, b) => a.order - b.order),
		put: async (item) => void items.set(item.key, item),
		remove: async (key) => void items.delete(key),
		putBlob: async (id, blob) => void blobs.set(id, blob),
		blob: async (id) => blobs.get(id) ?? null,
		removeBlob: async (id) => void blobs.delete(id)
	};
}
