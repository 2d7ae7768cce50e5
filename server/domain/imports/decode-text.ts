import type { TextEncoding } from '../../contract/import-results';

export type { TextEncoding };

export interface DecodedText {
	text: string;
	encoding: TextEncoding;
}

/**
 * Decodes an uploaded CSV. A BOM decides; otherwise strict UTF-8 is tried and, when it
 * fails, GB18030 (a superset of GBK and GB2312, what Excel on Chinese Windows writes).
 * Excel's "Unicode text" export is UTF-16LE with a BOM. Node's full ICU has all three decoders.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
		return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
	}
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	}
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
	}
}
