import type { ImportFieldTable } from '../../api/import-client';

const CJK = /[\u4e00-\u9fff]/;
/** Excel on Chinese Windows reads a CSV as GBK unless it starts with this UTF-8 byte order mark. */
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * The header a clerk sees for each field: its first Chinese alias that no other field of the
 * same kind also answers to (so the server maps it back unambiguously), else the canonical name.
 */
export function templateHeaders(fields: ImportFieldTable): { field: string; header: string }[] {
	const owners = new Map<string, number>();
	for (const [name, info] of Object.entries(fields)) {
		for (const alias of new Set([name, ...info.aliases])) {
			owners.set(alias, (owners.get(alias) ?? 0) + 1);
		}
	}
	return Object.entries(fields).map(([field, info]) => ({
		field,
		header: info.aliases.find((a) => CJK.test(a) && owners.get(a) === 1) ?? field
	}));
}

function csvCell(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header-only CSV template: UTF-8 with BOM and CRLF, as Excel writes and reads it. */
export function buildTemplateCsv(fields: ImportFieldTable): Uint8Array<ArrayBuffer> {
	const line = templateHeaders(fields)
		.map((h) => csvCell(h.header))
		.join(',');
	const text = new TextEncoder().encode(`${line}\r\n`);
	const bytes = new Uint8Array(UTF8_BOM.length + text.length);
	bytes.set(UTF8_BOM, 0);
	bytes.set(text, UTF8_BOM.length);
	return bytes;
}
