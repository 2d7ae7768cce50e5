// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import { autoLoad, JsonLoader } from '../../../web/src/state/json-loader.svelte';

/** A fetch whose answers the test releases by hand; it records each call's input and signal. */
function createDeferredFetch<T>() {
	const calls: { input: string; signal: AbortSignal; resolve: (v: T) => void }[] = [];
	const fetchData = (input: string, signal: AbortSignal) =>
		new Promise<T>((resolve) => calls.push({ input, signal, resolve }));
	return { calls, fetchData };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

function createFollowing(whenNull: 'keep' | 'clear' = 'keep') {
	const { calls, fetchData } = createDeferredFetch<string>();
	const loader = new JsonLoader<string>();
	const input = $state<{ value: string | null }>({ value: 'a' });
	const stop = $effect.root(() => loader.follow(() => input.value, fetchData, { whenNull }));
	flushSync();
	return { loader, input, calls, stop };
}

describe('JsonLoader.follow', () => {
	it('loads the input, then again when it changes, aborting the request it replaces', async () => {
		const { loader, input, calls, stop } = createFollowing();
		expect(calls.map((c) => c.input)).toEqual(['a']);
		expect(loader.loading).toBe(true);
		input.value = 'b';
		flushSync();
		expect(calls.map((c) => c.input)).toEqual(['a', 'b']);
		expect(calls[0].signal.aborted).toBe(true);
		calls[0].resolve('answer a');
		calls[1].resolve('answer b');
		await tick();
		expect(loader.data).toBe('answer b');
		expect(loader.loading).toBe(false);
		stop();
	});

	it('keeps the old data on screen while the next answer is on its way', async () => {
		const { loader, input, calls, stop } = createFollowing();
		calls[0].resolve('answer a');
		await tick();
		input.value = 'b';
		flushSync();
		expect(loader.loading).toBe(true);
		expect(loader.data).toBe('answer a');
		stop();
	});

	it('drops an answer that arrives after teardown', async () => {
		const { loader, calls, stop } = createFollowing();
		stop();
		expect(calls[0].signal.aborted).toBe(true);
		calls[0].resolve('late');
		await tick();
		expect(loader.data).toBeNull();
	});

	it.each([
		['keep', 'answer a'],
		['clear', null]
	] as const)('asks nothing while the input is null (%s the data)', async (whenNull, shown) => {
		const { loader, input, calls, stop } = createFollowing(whenNull);
		calls[0].resolve('answer a');
		await tick();
		input.value = null;
		flushSync();
		expect(calls).toHaveLength(1);
		expect(loader.data).toBe(shown);
		stop();
	});

	it('exposes a failure as error and a later success clears it', async () => {
		const loader = new JsonLoader<string>();
		const input = $state({ value: 'bad' });
		const stop = $effect.root(() =>
			loader.follow(
				() => input.value,
				async (v) => {
					if (v === 'bad') throw new Error('no such thing');
					return v;
				}
			)
		);
		flushSync();
		await tick();
		expect((loader.error as Error).message).toBe('no such thing');
		input.value = 'good';
		flushSync();
		await tick();
		expect(loader.error).toBeNull();
		expect(loader.data).toBe('good');
		stop();
	});
});

describe('autoLoad', () => {
	it('reruns only when what the input reads changes, not what the load reads', () => {
		const runs: string[] = [];
		const state = $state({ key: 'k1', other: 0 });
		const stop = $effect.root(() =>
			autoLoad(
				() => state.key,
				(key) => runs.push(`${key}/${state.other}`)
			)
		);
		flushSync();
		state.other = 1;
		flushSync();
		state.key = 'k2';
		flushSync();
		expect(runs).toEqual(['k1/0', 'k2/1']);
		stop();
	});
});
