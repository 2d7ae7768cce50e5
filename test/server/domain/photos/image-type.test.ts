import { describe, expect, it } from 'vitest';
import { sniffPhotoType } from '../../../../server/domain/photos/image-type';
import { isPhotoId, newPhotoId, photoFileNames } from '../../../../server/domain/photos/photo-id';

const bytes = (...xs: Array<number | string>) =>
	new Uint8Array(
		xs.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x]))
	);

describe('sniffPhotoType', () => {
	it.each([
		['jpeg', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)],
		['png', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0)],
		['webp', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 ')]
	])('knows %s by its first bytes', (type, head) => {
		expect(sniffPhotoType(head)).toBe(type);
	});

	it.each([
		['text renamed .jpg', bytes('hello, this is not a photo')],
		['GIF', bytes('GIF89a', 1, 0, 1, 0)],
		['RIFF that is not WebP (WAV)', bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt ')],
		['HEIC', bytes(0, 0, 0, 0x18, 'ftypheic')],
		['empty', bytes()],
		['two JPEG bytes', bytes(0xff, 0xd8)]
	])('refuses %s', (_name, head) => {
		expect(sniffPhotoType(head)).toBeNull();
	});
});

describe('photo ids', () => {
	it('carry the upload year, which names their folder', () => {
		const id = newPhotoId(new Date(2026, 4, 14, 9, 30));
		expect(id).toMatch(/^2026-[0-9a-f]{32}$/);
		expect(isPhotoId(id)).toBe(true);
		expect(photoFileNames(id)).toEqual({
			folder: '2026',
			served: `2026/${id}.jpg`,
			thumb: `2026/${id}_thumb.jpg`,
			sidecar: `2026/${id}.json`
		});
	});

	it.each([
		'../../etc/passwd',
		'2026-../../../../etc/passwd',
		'2026/0123456789abcdef0123456789abcdef',
		'2026-0123456789ABCDEF0123456789ABCDEF',
		'2026-0123456789abcdef0123456789abcdef.json',
		'2026-0123456789abcdef0123456789abcdef\n',
		'',
		'26-0123456789abcdef0123456789abcdef'
	])('refuses %j before it reaches a path', (id) => {
		expect(isPhotoId(id)).toBe(false);
		expect(() => photoFileNames(id)).toThrow(/not a photo id/);
	});
});
