/**
 * Benjamini–Hochberg adjusted p-values (q-values): q_(i) = min over j ≥ i of p_(j)·m/j,
 * capped at 1, over the m finite p-values; NaN stays NaN and does not count in m.
 */
export function adjustBenjaminiHochberg(p: Float64Array): Float64Array {
	const order: number[] = [];
	for (let i = 0; i < p.length; i++) if (Number.isFinite(p[i])) order.push(i);
	order.sort((a, b) => p[a] - p[b] || a - b);
	const q = new Float64Array(p.length).fill(Number.NaN);
	const m = order.length;
	let running = 1;
	for (let rank = m; rank >= 1; rank--) {
		const i = order[rank - 1];
		running = Math.min(running, (p[i] * m) / rank);
		q[i] = running;
	}
	return q;
}
