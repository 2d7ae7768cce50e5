import { createHmac, randomBytes } from 'node:crypto';

/** How long a checked Basic password is trusted without running scrypt again. */
export const CREDENTIAL_CACHE_TTL_MS = 5 * 60 * 1000;
/** Most entries kept: one per active script or GIS client is plenty. */
const MAX_ENTRIES = 10_000;

/**
 * Remembers Basic `user:password` pairs that verified, so GDAL paging through a collection
 * does not cost a scrypt per request. Keys are an HMAC under a per-process random key, so the
 * map holds no password; a user's entries go on password change, reset or disable.
 */
export class CredentialCache {
	private readonly key = randomBytes(32);
	private readonly entries = new Map<string, { username: string; until: number }>();

	constructor(private readonly now: () => number = Date.now) {}

	private digest(username: string, password: string): string {
		return createHmac('sha256', this.key).update(`${username}\0${password}`).digest('hex');
	}

	has(username: string, password: string): boolean {
		const key = this.digest(username, password);
		const entry = this.entries.get(key);
		if (!entry) return false;
		if (entry.until > this.now()) return true;
		this.entries.delete(key);
		return false;
	}

	add(username: string, password: string): void {
		this.entries.set(this.digest(username, password), {
			username,
			until: this.now() + CREDENTIAL_CACHE_TTL_MS
		});
		while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
	}

	forget(username: string): void {
		for (const [key, entry] of this.entries)
			if (entry.username === username) this.entries.delete(key);
	}
}
