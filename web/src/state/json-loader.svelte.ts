import { isAbortError } from '../api/client';

/**
 * One JSON result. While a request is in flight the previous data stays on screen; a result
 * that arrives after a newer request started, or after its signal aborted, is dropped.
 */
export class JsonLoader<T> {
	data = $state.raw<T | null>(null);
	loading = $state(false);
	error = $state.raw<unknown>(null);
	#generation = 0;

	async run(fetchData: (signal: AbortSignal) => Promise<T>, signal: AbortSignal): Promise<void> {
		const generation = ++this.#generation;
		this.loading = true;
		try {
			const result = await fetchData(signal);
			if (signal.aborted || generation !== this.#generation) return;
			this.data = result;
			this.error = null;
		} catch (error) {
			if (signal.aborted || generation !== this.#generation || isAbortError(error)) return;
			this.error = error;
		} finally {
			if (generation === this.#generation) this.loading = false;
		}
	}

	/** Forgets the data (and any request in flight). */
	clear(): void {
		this.#generation++;
		this.data = null;
		this.loading = false;
		this.error = null;
	}
}
