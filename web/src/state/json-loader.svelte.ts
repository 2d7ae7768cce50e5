import { untrack } from 'svelte';
import { isAbortError } from '../api/client';

/**
 * Runs `load` with a fresh `AbortSignal` now and whenever what `input` reads changes; the
 * previous run's signal aborts first, and the last one when the owner is torn down. While
 * `input` gives null nothing runs and `onNull` is called. `load` itself is not tracked: only
 * `input` decides when to run again (pass a `$derived` string to rerun only when it changes).
 * Call inside a component or `$effect.root`.
 */
export function autoLoad<K>(
	input: () => K | null,
	load: (input: K, signal: AbortSignal) => unknown,
	onNull?: () => void
): void {
	$effect(() => {
		const value = input();
		if (value === null) {
			if (onNull) untrack(onNull);
			return;
		}
		const controller = new AbortController();
		untrack(() => void load(value, controller.signal));
		return () => controller.abort();
	});
}

/** What `follow` does while its input is null: keep the last data, or forget it. */
export interface FollowOptions {
	whenNull?: 'keep' | 'clear';
}

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

	/**
	 * Keeps the data loaded for `input()`: fetches again when it changes, aborting the request
	 * it replaces. Call inside a component or `$effect.root`; teardown aborts the last request.
	 */
	follow<K>(
		input: () => K | null,
		fetchData: (input: K, signal: AbortSignal) => Promise<T>,
		options: FollowOptions = {}
	): void {
		autoLoad(
			input,
			(value, signal) => this.run((s) => fetchData(value, s), signal),
			options.whenNull === 'clear' ? () => this.clear() : undefined
		);
	}

	/** Forgets the data (and any request in flight). */
	clear(): void {
		this.#generation++;
		this.data = null;
		this.loading = false;
		this.error = null;
	}
}
