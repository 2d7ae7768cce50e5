/** A server timestamp (`2025-06-01T08:30:00.123` or with a space) as `2025-06-01 08:30`. */
export function formatTime(value: string | null): string {
	if (!value) return '';
	const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(value);
	return m ? `${m[1]} ${m[2]}` : value;
}
