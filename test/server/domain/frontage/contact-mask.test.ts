import { describe, expect, it } from 'vitest';
import { maskName, maskPhone } from '../../../../server/domain/frontage/contact-mask';

describe('contact masking (inspector and leader read the ledger masked)', () => {
	it.each([
		['王五', '王*'],
		['王小明', '王**'],
		['欧阳娜娜', '欧***'],
		['李', '李*']
	])('name %s → %s', (name, masked) => expect(maskName(name)).toBe(masked));

	it.each([
		['13812345678', '138****5678'],
		['0760-88123456', '076******3456'],
		['12345', '***45']
	])('phone %s → %s', (phone, masked) => expect(maskPhone(phone)).toBe(masked));

	it('keeps an absent contact absent', () => {
		expect(maskName(null)).toBeNull();
		expect(maskPhone(null)).toBeNull();
	});
});
