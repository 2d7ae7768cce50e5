import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';

/** A fresh photos folder in the system's temporary folder, and a way to remove it. */
export function tempPhotoRoot(): { root: string; remove: () => void } {
	const root = mkdtempSync(join(tmpdir(), 'sanimap-photos-'));
	return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Every file below `root`, as paths relative to it, sorted. */
export function filesUnder(root: string): string[] {
	return readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)))
		.sort();
}

/**
 * A picture whose left half is red and right half blue, so a test can tell which way it was
 * turned: `width` × `height` pixels.
 */
function halves(width: number, height: number) {
	const left = Math.floor(width / 2);
	return sharp({
		create: { width, height, channels: 3, background: { r: 0, g: 0, b: 255 } }
	}).composite([
		{
			input: { create: { width: left, height, channels: 3, background: { r: 255, g: 0, b: 0 } } },
			left: 0,
			top: 0
		}
	]);
}

export interface JpegOptions {
	/** EXIF orientation (1–8) the phone would write instead of turning the pixels. */
	orientation?: number;
	/** GPS IFD tags as libvips takes them (`GPSLatitude: '22/1 32/1 1234/100'`). */
	gps?: Record<string, string>;
	/** Exif IFD tags (`DateTimeOriginal: '2026:05:14 09:32:10'`). */
	exif?: Record<string, string>;
}

/** A JPEG as a phone would send it, with EXIF GPS, time and orientation when asked. */
export async function makeJpeg(width: number, height: number, options: JpegOptions = {}) {
	const flat = await halves(width, height).jpeg().toBuffer();
	let image = sharp(flat).jpeg({ quality: 90 });
	if (options.gps || options.exif) {
		image = image.withExif({
			IFD0: { Make: 'SaniMap test camera' },
			...(options.exif && { IFD2: options.exif }),
			...(options.gps && { IFD3: options.gps })
		});
	}
	if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
	return image.toBuffer();
}

export async function makePng(width: number, height: number, alpha = false) {
	const image = alpha
		? sharp({
				create: { width, height, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } }
			})
		: halves(width, height);
	return image.png().toBuffer();
}

export async function makeWebp(width: number, height: number) {
	return halves(width, height).webp().toBuffer();
}

/**
 * A small JPEG whose frame header claims `width` × `height` (a decompression bomb: a few
 * hundred bytes that would decode to gigabytes). The SOF0 marker's fields are patched in place.
 */
export async function jpegClaiming(width: number, height: number): Promise<Buffer> {
	const bytes = Buffer.from(
		await sharp({ create: { width: 8, height: 8, channels: 3, background: '#888' } })
			.jpeg()
			.toBuffer()
	);
	const sof = bytes.indexOf(Buffer.from([0xff, 0xc0]));
	if (sof < 0) throw new Error('no SOF0 marker');
	bytes.writeUInt16BE(height, sof + 5);
	bytes.writeUInt16BE(width, sof + 7);
	return bytes;
}
