/**
 * The outbox at work on the page: opened per user, flushed when `online` fires, when an item
 * is added and on a backing-off timer while items wait; its items and the network state as
 * runes for the page to show.
 */
import { apiFetch } from '../../api/client';
import { indexedDbOutboxStore } from './outbox-idb';
import {
	Outbox,
	retryDelaySeconds,
	type FlushResult,
	type OutboxItem,
	type PhotoField
} from './outbox';

export class PhoneSync {
	items = $state<OutboxItem[]>([]);
	online = $state(typeof navigator === 'undefined' ? true : navigator.onLine);
	/** Seconds until the next automatic try, while items wait. */
	retryIn = $state<number | null>(null);
	#outbox: Outbox | null = null;
	#timer: ReturnType<typeof setInterval> | null = null;
	#due = 0;

	constructor(private readonly onFlushed: (result: FlushResult) => void) {}

	async start(username: string): Promise<() => void> {
		const store = await indexedDbOutboxStore(username);
		this.#outbox = new Outbox(store, apiFetch, () => void this.#refresh());
		const up = () => ((this.online = true), void this.send());
		const down = () => (this.online = false);
		window.addEventListener('online', up);
		window.addEventListener('offline', down);
		this.#timer = setInterval(() => this.#tick(), 1000);
		await this.#refresh();
		void this.send();
		return () => {
			window.removeEventListener('online', up);
			window.removeEventListener('offline', down);
			if (this.#timer) clearInterval(this.#timer);
		};
	}

	async add(
		item: Parameters<Outbox['add']>[0],
		photos: { field: PhotoField; blob: Blob }[]
	): Promise<FlushResult | null> {
		if (!this.#outbox) return null;
		await this.#outbox.add(item, photos);
		return this.send();
	}

	async send(): Promise<FlushResult | null> {
		if (!this.#outbox) return null;
		if (!navigator.onLine) {
			this.online = false;
			return null;
		}
		const result = await this.#outbox.flush();
		const waiting = this.items.find((i) => i.state === 'waiting');
		this.#due = waiting ? Date.now() + retryDelaySeconds(waiting.attempts) * 1000 : 0;
		this.retryIn = waiting ? retryDelaySeconds(waiting.attempts) : null;
		this.onFlushed(result);
		return result;
	}

	discard(key: string) {
		void this.#outbox?.discard(key);
	}

	#tick() {
		if (!this.#due) return;
		const left = Math.ceil((this.#due - Date.now()) / 1000);
		if (left > 0) {
			this.retryIn = left;
			return;
		}
		this.#due = 0;
		void this.send();
	}

	async #refresh() {
		if (this.#outbox) this.items = await this.#outbox.items();
	}
}
