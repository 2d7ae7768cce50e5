/**
 * A multi-select filter value: null means "all" (no filter), a list means exactly those codes.
 * Toggling keeps it canonical: selecting every code collapses back to null.
 */
export function toggleCode(
	current: string[] | null,
	code: string,
	all: readonly string[]
): string[] | null {
	const selected = current ?? [...all];
	const next = selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code];
	return all.every((c) => next.includes(c)) ? null : all.filter((c) => next.includes(c));
}

export function isCodeSelected(current: string[] | null, code: string): boolean {
	return current === null || current.includes(code);
}
