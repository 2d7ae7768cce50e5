/** The image formats a case photo may be, told by their first bytes, never by name or header. */
export type PhotoType = 'jpeg' | 'png' | 'webp';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const startsWith = (bytes: Uint8Array, at: number, expected: readonly number[]) =>
	bytes.length >= at + expected.length && expected.every((b, i) => bytes[at + i] === b);

const ascii = (text: string) => [...text].map((ch) => ch.charCodeAt(0));

/**
 * JPEG (FF D8 FF), PNG (its 8-byte signature) or WebP (RIFF….WEBP), else null: a text file
 * renamed .jpg, a HEIC or a GIF is not a photo SaniMap takes.
 */
export function sniffPhotoType(bytes: Uint8Array): PhotoType | null {
	if (startsWith(bytes, 0, [0xff, 0xd8, 0xff])) return 'jpeg';
	if (startsWith(bytes, 0, PNG_SIGNATURE)) return 'png';
	if (startsWith(bytes, 0, ascii('RIFF')) && startsWith(bytes, 8, ascii('WEBP'))) return 'webp';
	return null;
}
