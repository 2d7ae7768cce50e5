/**
 * The date of a section's last inspection as the phone card shows it: `12-17` this year, the
 * whole date for an earlier year, so a score a year old does not read as last week's.
 */
export function lastInspectedDate(lastAt: string | null, today: string): string {
	if (!lastAt) return '';
	const day = lastAt.slice(0, 10);
	return day.slice(0, 4) === today.slice(0, 4) ? day.slice(5) : day;
}
