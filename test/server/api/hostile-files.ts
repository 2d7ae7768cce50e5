import { crc32, deflateRawSync, constants } from 'node:zlib';

/** One file of a hand-made ZIP: its name, raw-deflated bytes, true size and CRC-32. */
interface ZipEntry {
	name: string;
	deflated: Uint8Array;
	size: number;
	crc: number;
}

const deflatedEntry = (name: string, text: string): ZipEntry => {
	const bytes = Buffer.from(text);
	return { name, deflated: deflateRawSync(bytes), size: bytes.length, crc: crc32(bytes) };
};

/**
 * `chunk` repeated `times` as one deflate stream without deflating it all: a chunk deflated
 * with Z_FULL_FLUSH decodes on its own (no back-references before it, not the final block),
 * so its bytes can be repeated and closed with an empty final block. 1 MiB of white space
 * deflates to about 1 KiB, so a 1.6 GB sheet costs the test 1.6 MB and a second of CRC.
 */
function repeatedEntry(name: string, head: string, chunk: string, times: number, tail: string) {
	const flush = { finishFlush: constants.Z_FULL_FLUSH, level: 9 };
	const parts = [Buffer.from(head), Buffer.from(chunk), Buffer.from(tail)];
	const [h, c, t] = parts.map((p) => deflateRawSync(p, flush));
	const end = deflateRawSync(Buffer.alloc(0));
	let crc = crc32(parts[0]);
	for (let i = 0; i < times; i++) crc = crc32(parts[1], crc);
	crc = crc32(parts[2], crc);
	const deflated = Buffer.concat([h, ...Array<Buffer>(times).fill(c), t, end]);
	const size = parts[0].length + parts[1].length * times + parts[2].length;
	return { name, deflated, size, crc };
}

/** A ZIP (PKWARE APPNOTE 4.3) of deflated entries, with a true central directory. */
function writeZip(entries: ZipEntry[]): Uint8Array {
	const locals: Buffer[] = [];
	const centrals: Buffer[] = [];
	let offset = 0;
	for (const e of entries) {
		const name = Buffer.from(e.name);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4);
		local.writeUInt16LE(8, 8);
		local.writeUInt32LE(e.crc >>> 0, 14);
		local.writeUInt32LE(e.deflated.length, 18);
		local.writeUInt32LE(e.size, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt16LE(20, 4);
		central.writeUInt16LE(20, 6);
		central.writeUInt16LE(8, 10);
		central.writeUInt32LE(e.crc >>> 0, 16);
		central.writeUInt32LE(e.deflated.length, 20);
		central.writeUInt32LE(e.size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		locals.push(local, name, Buffer.from(e.deflated));
		centrals.push(central, name);
		offset += 30 + name.length + e.deflated.length;
	}
	const directory = Buffer.concat(centrals);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(entries.length, 8);
	end.writeUInt16LE(entries.length, 10);
	end.writeUInt32LE(directory.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const WORKBOOK_PARTS = [
	deflatedEntry(
		'[Content_Types].xml',
		'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
	),
	deflatedEntry(
		'_rels/.rels',
		'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
	),
	deflatedEntry(
		'xl/workbook.xml',
		'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
	),
	deflatedEntry(
		'xl/_rels/workbook.xml.rels',
		'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
	)
];

const SHEET_HEAD =
	'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/**
 * A small XLSX whose one sheet inflates to `megabytes` MiB: a header row, then a row and a
 * MiB of white space between elements, again and again (a zip bomb shaped as a workbook).
 */
export function createXlsxBomb(megabytes: number): Uint8Array {
	const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>';
	const chunk = row + ' '.repeat((1 << 20) - row.length);
	const head = `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>`;
	const sheet = repeatedEntry('xl/worksheets/sheet1.xml', head, chunk, megabytes, SHEET_TAIL);
	return writeZip([...WORKBOOK_PARTS, sheet]);
}

/** A valid XLSX with a header `id` and `rows` numbered one-cell rows (a long but honest sheet). */
export function createLongXlsx(rows: number): Uint8Array {
	const body: string[] = [
		SHEET_HEAD,
		'<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c></row>'
	];
	for (let r = 2; r <= rows + 1; r++) body.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
	body.push(SHEET_TAIL);
	return writeZip([...WORKBOOK_PARTS, deflatedEntry('xl/worksheets/sheet1.xml', body.join(''))]);
}

/** JSON text nested `depth` levels deep in a property: `{"a":{"a":…}}`. */
export function deepProperty(depth: number): string {
	return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}
