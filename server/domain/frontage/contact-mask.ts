/**
 * Masks a unit's contact for roles that do not call the unit (contract FRONTAGE_CONTACT_ROLES):
 * a name keeps its first character (王小明 → 王**, 王五 → 王*), a phone its first three and
 * last four digits (13812345678 → 138****5678); shorter numbers keep only the last two.
 */
export function maskName(name: string | null): string | null {
	if (name === null) return null;
	const chars = [...name.trim()];
	if (chars.length === 0) return '';
	return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
}

export function maskPhone(phone: string | null): string | null {
	if (phone === null) return null;
	const p = phone.trim();
	if (p.length >= 8) return p.slice(0, 3) + '*'.repeat(p.length - 7) + p.slice(-4);
	return '*'.repeat(Math.max(0, p.length - 2)) + p.slice(-2);
}
