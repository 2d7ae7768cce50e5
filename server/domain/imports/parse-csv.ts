/** One CSV record and its row number as Excel shows it (1-based; a quoted line break stays in its row). */
export interface CsvRecord {
	row: number;
	cells: string[];
}

const DELIMITERS = [',', '\t', ';'] as const;

/** The delimiter that occurs most in the header line outside quotes (comma on a tie). */
export function detectDelimiter(text: string): string {
	const firstLine = text.slice(0, text.search(/\r?\n|$/)).replace(/"[^"]*"/g, '');
	let best: string = ',';
	let bestCount = 0;
	for (const d of DELIMITERS) {
		const n = firstLine.split(d).length - 1;
		if (n > bestCount) [best, bestCount] = [d, n];
	}
	return best;
}

/**
 * RFC 4180 CSV: quoted fields may hold delimiters, doubled quotes and line breaks; CRLF, LF
 * and CR line ends. Each record keeps the row Excel would show it on, so messages can name
 * it. Blank lines are skipped but still counted, as Excel shows them as empty rows. Parsing
 * stops after `maxRecords` records, so a file far over a row limit costs no more than the limit.
 */
export function parseCsv(
	text: string,
	delimiter = detectDelimiter(text),
	maxRecords = Infinity
): CsvRecord[] {
	const records: CsvRecord[] = [];
	let cells: string[] = [];
	let cell = '';
	let quoted = false;
	let row = 1;
	let i = 0;
	const endRecord = () => {
		cells.push(cell);
		if (cells.length > 1 || cells[0] !== '') records.push({ row, cells });
		cells = [];
		cell = '';
		row++;
	};
	while (i < text.length && records.length < maxRecords) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i += 2;
				continue;
			}
			if (ch === '"') quoted = false;
			else cell += ch;
			i++;
			continue;
		}
		if (ch === '"' && cell === '') quoted = true;
		else if (ch === delimiter) {
			cells.push(cell);
			cell = '';
		} else if (ch === '\r' || ch === '\n') {
			endRecord();
			if (ch === '\r' && text[i + 1] === '\n') i++;
		} else cell += ch;
		i++;
	}
	if ((cell !== '' || cells.length) && records.length < maxRecords) endRecord();
	return records;
}
