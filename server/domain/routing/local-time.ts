/** A moment as the clerks' ledgers write it: local wall time, no offset (`2024-05-10T08:30:00`). */
export function formatLocalTime(at: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return (
		`${at.getFullYear()}-${p(at.getMonth() + 1)}-${p(at.getDate())}` +
		`T${p(at.getHours())}:${p(at.getMinutes())}:${p(at.getSeconds())}`
	);
}
