/** Disjoint sets over string keys, for checking that the road network is one piece. */
export function countComponents(edges: readonly (readonly [string, string])[]): number {
	const parent = new Map<string, string>();
	const find = (k: string): string => {
		let root = k;
		while (parent.get(root)! !== root) root = parent.get(root)!;
		let cur = k;
		while (cur !== root) {
			const next = parent.get(cur)!;
			parent.set(cur, root);
			cur = next;
		}
		return root;
	};
	for (const [a, b] of edges) {
		if (!parent.has(a)) parent.set(a, a);
		if (!parent.has(b)) parent.set(b, b);
		const ra = find(a);
		const rb = find(b);
		if (ra !== rb) parent.set(ra, rb);
	}
	let roots = 0;
	for (const [k, v] of parent) if (k === v) roots++;
	return roots;
}
