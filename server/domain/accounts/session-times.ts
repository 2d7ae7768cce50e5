/** A session ends after this long without a request (a working day with room to spare). */
export const SESSION_IDLE_HOURS = 12;
/** A session ends this long after sign-in whatever its use: a stolen cookie does not live on. */
export const SESSION_MAX_DAYS = 7;
/**
 * A session's last use is written at most this often, so a busy map page does not queue a
 * write per request behind DuckDB's one writer; idle expiry is therefore this coarse.
 */
export const SESSION_RENEW_EVERY_MS = 5 * 60 * 1000;
/** An access token's last use is written at most this often, for the same reason. */
export const TOKEN_TOUCH_EVERY_MS = 5 * 60 * 1000;

const HOUR_MS = 3_600_000;

/** Milliseconds of a local wall-clock time (`2024-05-10T08:30:00`), on a fixed UTC+0 axis. */
export function localMs(local: string): number {
	return Date.parse(`${local}Z`);
}

export function addToLocal(local: string, ms: number): string {
	return new Date(localMs(local) + ms).toISOString().slice(0, 19);
}

/** When a session seen at `seenAt` expires: idle expiry, capped by the absolute one. */
export function sessionExpiry(createdAt: string, seenAt: string): string {
	const idle = localMs(seenAt) + SESSION_IDLE_HOURS * HOUR_MS;
	const absolute = localMs(createdAt) + SESSION_MAX_DAYS * 24 * HOUR_MS;
	return new Date(Math.min(idle, absolute)).toISOString().slice(0, 19);
}

/** Whether a use at `now` should write the last-use time that was `last`. */
export function isStale(last: string | null, now: string, everyMs: number): boolean {
	return last === null || localMs(now) - localMs(last) >= everyMs;
}
