import { createInflateRaw } from 'node:zlib';
import type { ImportLang } from '../contract/import-results';
import { fileRefusals } from '../domain/imports/file-refusal-messages';
import { AppError, PayloadTooLargeError } from '../errors';
import { MAX_XLSX_UNCOMPRESSED_BYTES } from './import-limits';

/** One file of a ZIP as its central directory describes it (PKWARE APPNOTE 4.3.12). */
export interface ZipEntry {
	name: string;
	/** 0 stored, 8 deflated. */
	method: number;
	crc: number;
	compressedSize: number;
	/** The size the directory declares once unpacked; checked against the real one. */
	size: number;
	/** Where the entry's compressed bytes start. */
	dataStart: number;
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** A ZIP64 marker: such a workbook is over 4 GB unpacked, far past any limit here. */
const ZIP64 = 0xffffffff;

/** 422 for a workbook that is not a readable ZIP, in `lang`. */
export const damagedXlsx = (lang: ImportLang) =>
	new AppError(422, 'invalid_file', fileRefusals(lang).damagedXlsx());

const tooLarge = (declared: number, lang: ImportLang) =>
	new PayloadTooLargeError(fileRefusals(lang).workbookTooLarge(MAX_XLSX_UNCOMPRESSED_BYTES), {
		limit: MAX_XLSX_UNCOMPRESSED_BYTES,
		declared
	});

function findEnd(view: DataView, lang: ImportLang): number {
	const last = Math.max(0, view.byteLength - 22 - 0xffff);
	for (let i = view.byteLength - 22; i >= last; i--) {
		if (view.getUint32(i, true) === END_SIGNATURE) return i;
	}
	throw damagedXlsx(lang);
}

/**
 * The entries of a ZIP from its central directory, read before anything is unpacked: a
 * workbook declaring more than MAX_XLSX_UNCOMPRESSED_BYTES in all is refused with 413 here.
 * Encrypted, ZIP64 or inconsistent archives are refused as damaged; refusals are in `lang`.
 */
export function readZipDirectory(bytes: Uint8Array, lang: ImportLang): ZipEntry[] {
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	try {
		const end = findEnd(view, lang);
		const count = view.getUint16(end + 10, true);
		let at = view.getUint32(end + 16, true);
		const entries: ZipEntry[] = [];
		let declared = 0;
		for (let i = 0; i < count; i++) {
			if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) throw damagedXlsx(lang);
			const flags = view.getUint16(at + 8, true);
			const size = view.getUint32(at + 24, true);
			const compressedSize = view.getUint32(at + 20, true);
			const nameLength = view.getUint16(at + 28, true);
			const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
			const local = view.getUint32(at + 42, true);
			const method = view.getUint16(at + 10, true);
			declared += size;
			if (size === ZIP64 || declared > MAX_XLSX_UNCOMPRESSED_BYTES) throw tooLarge(declared, lang);
			if (flags & 1 || (method !== 0 && method !== 8) || compressedSize === ZIP64) {
				throw damagedXlsx(lang);
			}
			if (view.getUint32(local, true) !== LOCAL_SIGNATURE) throw damagedXlsx(lang);
			const dataStart =
				local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
			if (dataStart + compressedSize > bytes.byteLength) throw damagedXlsx(lang);
			const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
			entries.push({
				name,
				method,
				crc: view.getUint32(at + 16, true),
				compressedSize,
				size,
				dataStart
			});
			at += 46 + skip;
		}
		return entries;
	} catch (error) {
		if (error instanceof AppError) throw error;
		throw damagedXlsx(lang); // a DataView read past the end: a truncated directory
	}
}

/** Unpacks an entry only to count its bytes, stopping one chunk past `cap`. */
function countInflated(data: Uint8Array, cap: number): Promise<number> {
	return new Promise((resolve, reject) => {
		let n = 0;
		const inflate = createInflateRaw();
		inflate.on('data', (chunk: Buffer) => {
			n += chunk.length;
			if (n > cap) {
				inflate.destroy();
				resolve(n);
			}
		});
		inflate.on('end', () => resolve(n));
		inflate.on('error', reject);
		inflate.end(data);
	});
}

/**
 * Makes sure no entry unpacks to more than its directory declares (a hand-made bomb can lie
 * there), counting without keeping the bytes.
 */
export async function checkInflatedSizes(
	bytes: Uint8Array,
	entries: ZipEntry[],
	lang: ImportLang
): Promise<void> {
	for (const e of entries) {
		if (e.method === 0) continue;
		const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
		const real = await countInflated(data, e.size).catch(() => {
			throw damagedXlsx(lang);
		});
		if (real !== e.size) throw damagedXlsx(lang);
	}
}

/**
 * The entries rewritten as a ZIP stream in the given order, each with a clean local header
 * (sizes from the directory, no data descriptor), so a streaming reader meets the workbook
 * and shared strings before the sheets.
 */
export function rewriteZip(bytes: Uint8Array, entries: ZipEntry[]): Buffer[] {
	return entries.flatMap((e) => {
		const name = Buffer.from(e.name);
		const header = Buffer.alloc(30);
		header.writeUInt32LE(LOCAL_SIGNATURE, 0);
		header.writeUInt16LE(20, 4);
		header.writeUInt16LE(0x0800, 6); // names are UTF-8
		header.writeUInt16LE(e.method, 8);
		header.writeUInt32LE(e.crc, 14);
		header.writeUInt32LE(e.compressedSize, 18);
		header.writeUInt32LE(e.size, 22);
		header.writeUInt16LE(name.length, 26);
		const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
		return [header, name, Buffer.from(data.buffer, data.byteOffset, data.byteLength)];
	});
}
