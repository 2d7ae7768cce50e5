import { describe, expect, it } from 'vitest';
import {
	hashPassword,
	SCRYPT_PARAMS,
	UNUSABLE_PASSWORD,
	verifyPassword
} from '../../../../server/domain/accounts/passwords';
import { CredentialCache } from '../../../../server/domain/accounts/credential-cache';

describe('scrypt passwords', () => {
	it('store scrypt$N$r$p$salt$hash with a fresh salt and verify only the right password', async () => {
		const a = await hashPassword('correct horse battery');
		const b = await hashPassword('correct horse battery');
		expect(a).toMatch(
			new RegExp(`^scrypt\\$${SCRYPT_PARAMS.N}\\$8\\$1\\$[A-Za-z0-9+/=]{24}\\$[A-Za-z0-9+/=]{88}$`)
		);
		expect(a).not.toBe(b);
		expect(await verifyPassword('correct horse battery', a)).toBe(true);
		expect(await verifyPassword('correct horse batterY', a)).toBe(false);
		expect(await verifyPassword('', a)).toBe(false);
	});

	it('never verifies the unusable marker or a malformed hash', async () => {
		expect(await verifyPassword('!', UNUSABLE_PASSWORD)).toBe(false);
		expect(await verifyPassword('', '')).toBe(false);
		expect(await verifyPassword('x', 'scrypt$0$8$1$AAAA$BBBB')).toBe(false);
	});
});

describe('the Basic credential cache', () => {
	it('remembers a checked pair for 5 minutes and forgets a user on demand', () => {
		let now = 0;
		const cache = new CredentialCache(() => now);
		cache.add('ann', 'secret one');
		expect(cache.has('ann', 'secret one')).toBe(true);
		expect(cache.has('ann', 'secret two')).toBe(false);
		now += 5 * 60_000 + 1;
		expect(cache.has('ann', 'secret one')).toBe(false);
		cache.add('ann', 'secret one');
		cache.forget('ann');
		expect(cache.has('ann', 'secret one')).toBe(false);
	});
});
