/**
 * How often an anonymous resident may report (issue 14 item 11; docs/decisions.md): a
 * sliding hour per client address and per device id, kept in memory like the login throttle
 * (one process; a restart forgets the counts, which costs a flooder a restart they cannot
 * cause). A household behind one address may send a few more than one phone.
 */

/** Reports one client address may send in RESIDENT_REPORT_WINDOW_MS. */
export const RESIDENT_REPORTS_PER_ADDRESS = 5;
/** Reports one device (the page's random id in localStorage) may send in the window. */
export const RESIDENT_REPORTS_PER_DEVICE = 3;
export const RESIDENT_REPORT_WINDOW_MS = 60 * 60 * 1000;
/** Most keys kept; past it the oldest are dropped (a flooder rotating device ids). */
const MAX_KEYS = 100_000;

export interface RateKey {
	key: string;
	limit: number;
}

export class ReportRateLimiter {
	private readonly sent = new Map<string, number[]>();

	constructor(private readonly now: () => number = Date.now) {}

	/** Seconds until every key may send again, or 0 when all are under their limit. */
	waitSeconds(keys: readonly RateKey[]): number {
		const t = this.now();
		let wait = 0;
		for (const { key, limit } of keys) {
			const times = this.recent(key, t);
			if (times.length >= limit) {
				const freeAt = times[times.length - limit] + RESIDENT_REPORT_WINDOW_MS;
				wait = Math.max(wait, Math.ceil((freeAt - t) / 1000));
			}
		}
		return wait;
	}

	/** Counts one report against each key. */
	record(keys: readonly RateKey[]): void {
		const t = this.now();
		for (const { key } of keys) {
			const times = this.recent(key, t);
			this.sent.delete(key);
			this.sent.set(key, [...times, t]);
		}
		while (this.sent.size > MAX_KEYS) this.sent.delete(this.sent.keys().next().value!);
	}

	private recent(key: string, t: number): number[] {
		return (this.sent.get(key) ?? []).filter((at) => t - at < RESIDENT_REPORT_WINDOW_MS);
	}
}

/** The keys of one request: its address (or `unknown`) and, when sent, its device id. */
export function reportRateKeys(address: string | null, device: string | null): RateKey[] {
	const keys = [{ key: `address:${address ?? 'unknown'}`, limit: RESIDENT_REPORTS_PER_ADDRESS }];
	if (device) keys.push({ key: `device:${device}`, limit: RESIDENT_REPORTS_PER_DEVICE });
	return keys;
}
