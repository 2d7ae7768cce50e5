import { createHash, randomBytes } from 'node:crypto';

/** A random 256-bit secret (session id, access token, setup link), URL-safe. */
export function newSecret(): string {
	return randomBytes(32).toString('base64url');
}

/**
 * How a random secret is stored: SHA-256 is enough for 256-bit random values (no dictionary
 * to guess from) and fast enough to check on every request, unlike a password's scrypt.
 */
export function hashSecret(secret: string): string {
	return createHash('sha256').update(secret).digest('hex');
}
