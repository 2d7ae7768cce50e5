import type { Context } from 'hono';
import type { FileOutput } from '../../format/file-writers';

/** Characters no file system or browser keeps in a file name. */
const UNSAFE_NAME = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;

/**
 * `attachment` with the name twice (RFC 6266): `filename*=UTF-8''…` (RFC 5987) keeps a
 * Chinese team name; the plain `filename` is its ASCII fallback for older clients.
 */
export function contentDisposition(filename: string): string {
	const name = filename.replace(UNSAFE_NAME, '_');
	const fallback = name.replace(/[^\w.-]/g, '_');
	const encoded = encodeURIComponent(name).replace(
		/['()*]/g,
		(ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`
	);
	return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Answers a written file as a download: every export endpoint ends here. */
export function sendFile(c: Context, file: FileOutput): Response {
	return c.body(file.body, 200, {
		'content-type': file.contentType,
		'content-disposition': contentDisposition(file.name)
	});
}
