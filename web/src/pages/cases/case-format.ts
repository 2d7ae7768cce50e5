/** `2024-05-03T09:30:00` as `2024-05-03 09:30` (times are local, Asia/Shanghai). */
export function shortTime(local: string): string {
	return local.replace('T', ' ').slice(0, 16);
}

/** Today in Asia/Shanghai as `YYYY-MM-DD`. */
export function todayInShanghai(now = new Date()): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}
