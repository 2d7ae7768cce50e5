import type { MiddlewareHandler } from 'hono';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/compress';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { constants, createBrotliCompress } from 'node:zlib';

/** Responses smaller than this go out as they are: compressing them saves nothing. */
export const COMPRESSION_THRESHOLD_BYTES = 1024;
/**
 * Brotli quality for responses compressed on the fly: 5 packs GeoJSON about as well as gzip -9
 * at a fraction of quality 11's time (the 1.7 MB main script in ~40 ms).
 */
const BROTLI_QUALITY = 5;

type Encoding = 'br' | 'gzip';

/**
 * Types compressed beyond Hono's list of text-like ones: Arrow IPC point layers (issue 18),
 * whose id and float columns still shrink by half. Images, XLSX, ZIP and Parquet are already
 * compressed and go out as they are.
 */
const MORE_COMPRESSIBLE = /^\s*application\/vnd\.apache\.arrow\.(stream|file)(?:[;\s]|$)/i;

/** Whether a response of this Content-Type is worth compressing. */
export function isCompressible(type: string): boolean {
	return COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) || MORE_COMPRESSIBLE.test(type);
}

/** The encoding the client prefers among br and gzip (q-values honoured; q=0 refuses). */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
	if (!acceptEncoding) return null;
	let best: { encoding: Encoding; q: number } | null = null;
	for (const part of acceptEncoding.split(',')) {
		const [name, ...params] = part.trim().toLowerCase().split(';');
		const qParam = params.find((p) => p.trim().startsWith('q='));
		const q = qParam ? Number(qParam.trim().slice(2)) : 1;
		if (!(q > 0)) continue;
		const candidates: Encoding[] = name === '*' ? ['br', 'gzip'] : [];
		if (name === 'br' || name === 'gzip') candidates.push(name);
		for (const encoding of candidates) {
			const better = !best || q > best.q || (q === best.q && encoding === 'br');
			if (better) best = { encoding, q };
		}
	}
	return best?.encoding ?? null;
}

function compressBody(body: ReadableStream<Uint8Array>, encoding: Encoding): ReadableStream {
	if (encoding === 'gzip') {
		return body.pipeThrough(new CompressionStream('gzip') as ReadableWritablePair<Uint8Array>);
	}
	// CompressionStream has no brotli in Node 20; zlib does.
	const brotli = createBrotliCompress({
		params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY }
	});
	Readable.fromWeb(body as NodeReadableStream<Uint8Array>).pipe(brotli);
	return Readable.toWeb(brotli) as unknown as ReadableStream;
}

/** gzip or brotli for text, JSON and GeoJSON responses, as the client accepts. */
export function compression(): MiddlewareHandler {
	return async (c, next) => {
		await next();
		const res = c.res;
		const type = res.headers.get('Content-Type');
		const length = res.headers.get('Content-Length');
		if (
			c.req.method === 'HEAD' ||
			!res.body ||
			res.status === 204 ||
			res.status === 206 ||
			res.headers.has('Content-Encoding') ||
			!type ||
			!isCompressible(type) ||
			(length !== null && Number(length) < COMPRESSION_THRESHOLD_BYTES) ||
			/no-transform/i.test(res.headers.get('Cache-Control') ?? '')
		) {
			return;
		}
		const vary = res.headers.get('Vary');
		if (!vary) c.header('Vary', 'Accept-Encoding');
		else if (!/accept-encoding/i.test(vary)) c.header('Vary', `${vary}, Accept-Encoding`);
		const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
		if (!encoding) return;
		c.res = new Response(compressBody(res.body, encoding), c.res);
		c.res.headers.delete('Content-Length');
		c.res.headers.set('Content-Encoding', encoding);
		const etag = c.res.headers.get('ETag');
		if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`);
	};
}
