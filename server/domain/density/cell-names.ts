/**
 * Names H3 cells after their community or village: "沙头村" when it has one cell, "沙头村 #1",
 * "沙头村 #2" … (by cell id, so the numbers stay put between requests) when it has several. A
 * cell outside every zone keeps its id.
 */
export function nameCellsByZone(
	cells: readonly { id: string; zoneName: string | null }[]
): Map<string, string> {
	const byZone = new Map<string, string[]>();
	for (const c of cells) {
		if (c.zoneName) byZone.set(c.zoneName, [...(byZone.get(c.zoneName) ?? []), c.id]);
	}
	const names = new Map<string, string>();
	for (const c of cells) names.set(c.id, c.id);
	for (const [zone, ids] of byZone) {
		const sorted = [...ids].sort();
		sorted.forEach((id, i) => names.set(id, sorted.length === 1 ? zone : `${zone} #${i + 1}`));
	}
	return names;
}
