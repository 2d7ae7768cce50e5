/**
 * Encodes text as GBK, the way Excel on Chinese Windows saves "CSV (逗号分隔)". Node can decode
 * GB18030 but not encode it, so the table is built by decoding every two-byte GBK sequence.
 */
let table: Map<string, number[]> | null = null;

function gbkTable(): Map<string, number[]> {
	if (table) return table;
	table = new Map();
	const decoder = new TextDecoder('gb18030');
	for (let lead = 0x81; lead <= 0xfe; lead++) {
		for (let trail = 0x40; trail <= 0xfe; trail++) {
			if (trail === 0x7f) continue;
			const ch = decoder.decode(new Uint8Array([lead, trail]));
			if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
		}
	}
	return table;
}

export function encodeGbk(text: string): Uint8Array {
	const bytes: number[] = [];
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code < 0x80) bytes.push(code);
		else {
			const pair = gbkTable().get(ch);
			if (!pair) throw new Error(`"${ch}" has no GBK encoding`);
			bytes.push(...pair);
		}
	}
	return new Uint8Array(bytes);
}
