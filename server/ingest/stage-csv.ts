import { closeSync, openSync, readSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { TextEncoding } from '../contract/import-results';
import type { Session } from '../db/database';
import { detectDelimiter, parseCsv } from '../domain/imports/parse-csv';
import { nameHeaders } from './source-headers';

/** Bytes read at a time when a CSV is checked or transcoded (memory stays at this). */
const CHUNK_BYTES = 1 << 20;
/** The header must end within this many bytes of the file's start. */
const HEADER_BYTES = 1 << 20;

/** The staging table of one import (a TEMP table: the session's connection only). */
export const STAGE_TABLE = 'import_stage';

/** A CSV as UTF-8 on disk, ready for DuckDB's reader, and what it was written in. */
export interface CsvFile {
	path: string;
	encoding: TextEncoding;
}

/** A CSV staged: its named headers and data rows in STAGE_TABLE (row n = rowid + 1). */
export interface StagedCsv {
	headers: string[];
	/** Data rows (the header not counted). */
	rows: number;
	/** `c0`, `c1`, … : the staged column of each header. */
	columns: string[];
}

/**
 * Calls `each` on every chunk of the file, one chunk per turn of the event loop, so checking
 * or transcoding a 100 MB file never holds other requests (/api/health) for more than a chunk.
 */
async function readChunks(
	path: string,
	each: (chunk: Uint8Array, last: boolean) => void | Promise<void>
): Promise<void> {
	const file = await open(path, 'r');
	try {
		const buf = new Uint8Array(CHUNK_BYTES);
		for (;;) {
			const { bytesRead } = await file.read(buf, 0, CHUNK_BYTES, null);
			if (bytesRead === 0) return await each(new Uint8Array(0), true);
			await each(buf.subarray(0, bytesRead), false);
		}
	} finally {
		await file.close();
	}
}

/**
 * The CSV at `path` as a UTF-8 file DuckDB can read, with the encoding decodeText would have
 * found (a BOM decides; else strict UTF-8, else GB18030), checked chunk by chunk so a large
 * file is never held whole. UTF-8 files are read in place (DuckDB skips a UTF-8 BOM);
 * GB18030 and UTF-16LE are transcoded into `dir`. Null when the file has a blank line before
 * its last row: DuckDB's reader skips blank lines, which would shift the Excel row numbers
 * messages name, so such a file takes the row-object path.
 */
export async function prepareCsvFile(path: string, dir: string): Promise<CsvFile | null> {
	const head = new Uint8Array(3);
	const fd = openSync(path, 'r');
	readSync(fd, head, 0, 3, 0);
	closeSync(fd);
	let encoding: TextEncoding;
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) encoding = 'utf-8-bom';
	else if (head[0] === 0xff && head[1] === 0xfe) encoding = 'utf-16le';
	else encoding = (await isUtf8(path)) ? 'utf-8' : 'gb18030';
	const file =
		encoding === 'utf-8' || encoding === 'utf-8-bom'
			? { path, encoding }
			: { path: await transcode(path, encoding, join(dir, 'utf8.csv')), encoding };
	return (await hasInnerBlankLine(file.path)) ? null : file;
}

async function isUtf8(path: string): Promise<boolean> {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	try {
		await readChunks(path, (chunk, last) => void decoder.decode(chunk, { stream: !last }));
		return true;
	} catch {
		return false;
	}
}

async function transcode(
	path: string,
	encoding: 'gb18030' | 'utf-16le',
	to: string
): Promise<string> {
	const decoder = new TextDecoder(encoding, { ignoreBOM: false });
	const encoder = new TextEncoder();
	const out = await open(to, 'w');
	try {
		await readChunks(path, async (chunk, last) => {
			const text = decoder.decode(chunk, { stream: !last });
			if (text) await out.write(encoder.encode(text));
		});
	} finally {
		await out.close();
	}
	return to;
}

/**
 * A blank line with rows after it: a run of line-break bytes other than one LF, CR or CR LF
 * between two rows, or any run before the first (after a BOM). Breaks inside quotes count
 * too, which only sends such a file down the slower path.
 */
async function hasInnerBlankLine(path: string): Promise<boolean> {
	let run = '';
	let started = false;
	let found = false;
	let first = true;
	await readChunks(path, (chunk) => {
		if (found) return;
		let i = first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf ? 3 : 0;
		first = false;
		for (; i < chunk.length; i++) {
			const b = chunk[i];
			if (b === 0x0a || b === 0x0d) {
				if (run.length < 3) run += b === 0x0a ? 'n' : 'r';
				else run = 'xxxx';
				continue;
			}
			if (run && (!started || !(run === 'n' || run === 'r' || run === 'rn'))) {
				found = true;
				return;
			}
			started = true;
			run = '';
		}
	});
	return found;
}

/** The header record (row 1) of a UTF-8 CSV and its delimiter, or null when it is not row 1. */
function readHeader(path: string): { cells: string[]; delimiter: string } | null {
	const buf = new Uint8Array(HEADER_BYTES);
	const fd = openSync(path, 'r');
	const n = readSync(fd, buf, 0, HEADER_BYTES, 0);
	closeSync(fd);
	const text = new TextDecoder('utf-8').decode(buf.subarray(0, n));
	const delimiter = detectDelimiter(text);
	const [header, next] = parseCsv(text, delimiter, 2);
	// The header must end inside what was read: a second record (or the file's end) after it.
	if (!header || header.row !== 1 || (!next && n === HEADER_BYTES)) return null;
	return { cells: header.cells, delimiter };
}

/** A string as an SQL literal (for arguments DuckDB wants constant: paths, patterns). */
export const sqlText = (s: string) => `'${s.replaceAll("'", "''")}'`;

/**
 * Reads the CSV with DuckDB's reader into STAGE_TABLE: every column VARCHAR, no header
 * (the header is row 0, named the way the row-object path names it), rows padded or cut to
 * the header's width, in file order (one reader thread, so rowid + 1 is the Excel row).
 * Null when DuckDB cannot read it the way parseCsv would (the caller falls back to it).
 */
export async function stageCsv(session: Session, file: CsvFile): Promise<StagedCsv | null> {
	const header = readHeader(file.path);
	if (!header || header.cells.length === 0) return null;
	const columns = header.cells.map((_, i) => `c${i}`);
	const types = columns.map((c) => `'${c}': 'VARCHAR'`).join(', ');
	try {
		await session.run(
			`CREATE TEMP TABLE ${STAGE_TABLE} AS SELECT * FROM read_csv(${sqlText(file.path)},
				header = false, auto_detect = false, columns = {${types}}, delim = ${sqlText(header.delimiter)},
				quote = '"', escape = '"', null_padding = true, strict_mode = false, parallel = false,
				max_line_size = 33554432)`
		);
	} catch {
		await session.run(`DROP TABLE IF EXISTS ${STAGE_TABLE}`);
		return null;
	}
	const [first] = await session.query<Record<string, string | null>>(
		`SELECT * FROM ${STAGE_TABLE} WHERE rowid = 0`
	);
	const same = first && columns.every((c, i) => (first[c] ?? '') === header.cells[i]);
	const [{ n }] = await session.query<{ n: number }>(`SELECT count(*) AS n FROM ${STAGE_TABLE}`);
	if (!same) {
		await session.run(`DROP TABLE ${STAGE_TABLE}`);
		return null;
	}
	return { headers: nameHeaders(header.cells), rows: n - 1, columns };
}
