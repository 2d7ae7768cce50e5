import { DEMO_PHOTO_HEIGHT } from './street-scene';

/** Most lines and characters a stamp shows; a longer label is cut, as a camera would. */
const MOST_LINES = 3;
const MOST_CHARS = 40;

const escapeXml = (text: string) =>
	text.replace(
		/[<>&"']/g,
		(ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]!
	);

/**
 * The text a field camera (水印相机) burns into the corner: the label's lines (case id,
 * time), then before or after, in white on a dark band.
 */
export function cameraStamp(lines: readonly string[]): string {
	const shown = lines
		.filter((l) => l.trim() !== '')
		.slice(0, MOST_LINES + 1)
		.map((l) => [...l].slice(0, MOST_CHARS).join(''));
	const lineHeight = 30;
	const height = shown.length * lineHeight + 20;
	const top = DEMO_PHOTO_HEIGHT - 20 - height;
	const text = shown
		.map(
			(l, i) =>
				`<text x="34" y="${top + 34 + i * lineHeight}" font-family="Noto Sans CJK SC, DejaVu Sans Mono, monospace" font-size="22" fill="${i === 0 ? '#ffd23f' : '#ffffff'}">${escapeXml(l)}</text>`
		)
		.join('');
	return `<rect x="20" y="${top}" width="520" height="${height}" rx="6" fill="#000000" opacity="0.5"/>${text}`;
}
