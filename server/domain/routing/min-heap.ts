/** A binary min-heap of integer items keyed by a number (Dijkstra's frontier). */
export class MinHeap {
	private items: number[] = [];
	private keys: number[] = [];

	get size(): number {
		return this.items.length;
	}

	push(item: number, key: number): void {
		const { items, keys } = this;
		let i = items.length;
		items.push(item);
		keys.push(key);
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (keys[parent] <= key) break;
			items[i] = items[parent];
			keys[i] = keys[parent];
			i = parent;
		}
		items[i] = item;
		keys[i] = key;
	}

	/** Removes the smallest; returns [item, key]. Call only when size > 0. */
	pop(): [number, number] {
		const { items, keys } = this;
		const top: [number, number] = [items[0], keys[0]];
		const lastItem = items.pop() as number;
		const lastKey = keys.pop() as number;
		const n = items.length;
		if (n === 0) return top;
		let i = 0;
		for (;;) {
			const l = 2 * i + 1;
			if (l >= n) break;
			const r = l + 1;
			const c = r < n && keys[r] < keys[l] ? r : l;
			if (keys[c] >= lastKey) break;
			items[i] = items[c];
			keys[i] = keys[c];
			i = c;
		}
		items[i] = lastItem;
		keys[i] = lastKey;
		return top;
	}
}
