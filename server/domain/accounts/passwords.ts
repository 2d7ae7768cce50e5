import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * scrypt cost (docs/decisions.md): N = 2^15, r = 8, p = 1 takes about 32 MiB and 50–100 ms on
 * one core, OWASP's password-storage floor. maxmem must exceed 128·N·r bytes.
 */
export const SCRYPT_PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 64;
const SALT_BYTES = 16;
const MAX_MEM = 64 * 1024 * 1024;

/** A stored hash no password matches: demo users, accounts without a password. */
export const UNUSABLE_PASSWORD = '!';

function derive(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
	// Async scrypt runs in libuv's thread pool, so a login does not stall other requests.
	return new Promise((done, fail) =>
		scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...options, maxmem: MAX_MEM }, (e, key) =>
			e ? fail(e) : done(key)
		)
	);
}

/** `scrypt$N$r$p$salt$hash` (salt and hash base64), with a fresh random salt. */
export async function hashPassword(password: string): Promise<string> {
	const { N, r, p } = SCRYPT_PARAMS;
	const salt = randomBytes(SALT_BYTES);
	const key = await derive(password, salt, { N, r, p });
	return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

/** Whether `password` matches `stored`; false for the unusable marker or any malformed value. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
	const parts = stored.split('$');
	if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
	const [N, r, p] = parts.slice(1, 4).map(Number);
	if (![N, r, p].every((n) => Number.isInteger(n) && n > 0)) return false;
	const salt = Buffer.from(parts[4], 'base64');
	const expected = Buffer.from(parts[5], 'base64');
	if (expected.length !== KEY_BYTES) return false;
	const key = await derive(password, salt, { N, r, p });
	return timingSafeEqual(key, expected);
}

let dummyHash: Promise<string> | undefined;

/** Spends a verify's time for an unknown user, so timing does not tell who exists. */
export async function dummyVerify(password: string): Promise<false> {
	dummyHash ??= hashPassword('no user has this password');
	await verifyPassword(password, await dummyHash);
	return false;
}
