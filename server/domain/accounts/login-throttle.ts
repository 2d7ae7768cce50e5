/** Failures in a row after which a key (an account or an address) must wait. */
export const LOGIN_FAILURES_BEFORE_BACKOFF = 5;
/** The first wait; each further failure doubles it (OWASP: slow guessing, no lock-out). */
export const LOGIN_BACKOFF_FIRST_S = 30;
/** The longest wait, so a user whose name is being guessed can still sign in within the hour. */
export const LOGIN_BACKOFF_MAX_S = 15 * 60;
/** Keys idle this long are forgotten, so the map cannot grow without bound. */
const FORGET_AFTER_MS = 60 * 60 * 1000;
/** Most keys kept; past it the oldest are dropped (an attacker rotating addresses). */
const MAX_KEYS = 100_000;

interface Entry {
	failures: number;
	blockedUntil: number;
	lastFailure: number;
}

/**
 * Login back-off kept in memory, per account and per address (docs/decisions.md: one process,
 * and a restart forgetting the count costs an attacker a restart they cannot cause).
 */
export class LoginThrottle {
	private readonly entries = new Map<string, Entry>();

	constructor(private readonly now: () => number = Date.now) {}

	/** Seconds the caller must still wait for any of `keys`, or 0. */
	waitSeconds(keys: readonly string[]): number {
		const t = this.now();
		let wait = 0;
		for (const key of keys) {
			const e = this.entries.get(key);
			if (e && e.blockedUntil > t) wait = Math.max(wait, Math.ceil((e.blockedUntil - t) / 1000));
		}
		return wait;
	}

	/** Counts a failure against each key; from the fifth on, the key waits, doubling. */
	fail(keys: readonly string[]): void {
		const t = this.now();
		for (const key of keys) {
			const e = this.entries.get(key);
			const fresh = !e || t - e.lastFailure > FORGET_AFTER_MS;
			const failures = fresh ? 1 : e.failures + 1;
			const over = failures - LOGIN_FAILURES_BEFORE_BACKOFF;
			const waitS =
				over < 0
					? 0
					: Math.min(LOGIN_BACKOFF_MAX_S, LOGIN_BACKOFF_FIRST_S * 2 ** Math.min(over, 20));
			this.entries.delete(key);
			this.entries.set(key, { failures, blockedUntil: t + waitS * 1000, lastFailure: t });
		}
		while (this.entries.size > MAX_KEYS) this.entries.delete(this.entries.keys().next().value!);
	}

	/** A successful sign-in clears its account and address. */
	succeed(keys: readonly string[]): void {
		for (const key of keys) this.entries.delete(key);
	}
}

/** The throttle keys of one attempt: the account (case-folded) and, when known, the address. */
export function throttleKeys(username: string, address: string | null): string[] {
	const keys = [`user:${username.toLowerCase()}`];
	if (address) keys.push(`addr:${address}`);
	return keys;
}

/** The Chinese message of a 429, with the wait in words a clerk reads. */
export function tooManyAttemptsMessage(waitS: number): string {
	const wait = waitS < 60 ? `${waitS} 秒` : `${Math.ceil(waitS / 60)} 分钟`;
	return `登录失败次数过多，请 ${wait}后再试。`;
}
