import { readCsvObjects, writeCanonicalCsv } from './csv';
import { readReal } from './paths';

/** Boston 311 dates `MM/DD/YYYY hh:mm:ss AM` as `YYYY-MM-DD HH:MM:SS`; blank stays blank. */
function isoFromBoston(text: string): string | null {
	const m = /^(\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2}) (AM|PM)$/.exec(text.trim());
	if (!m) return null;
	const h = (Number(m[4]) % 12) + (m[7] === 'PM' ? 12 : 0);
	return `${m[3]}-${m[1]}-${m[2]} ${String(h).padStart(2, '0')}:${m[5]}:${m[6]}`;
}

/** The City Hall placeholder of rows that were never geocoded (SOURCES.md). */
const NOT_GEOCODED = '(0, 0)';

/**
 * Boston 2015 311 requests of one type as blind spots of one category. Rows without a
 * geocode are dropped and counted, never imported at City Hall.
 */
export function bostonBlindSpots(
	file: string,
	category: string
): { csv: string; dropped: number; kept: number } {
	const rows = readCsvObjects(readReal(`boston-311-2015/${file}`));
	const kept = rows.filter((r) => r.Geocoded_Location !== NOT_GEOCODED);
	const spots = kept.map((r) => ({
		id: `BOS-${r.CASE_ENQUIRY_ID}`,
		category,
		reported_at: isoFromBoston(r.OPEN_DT),
		status: r.CASE_STATUS === 'Closed' ? 'closed' : 'reported',
		lng: r.LONGITUDE,
		lat: r.LATITUDE,
		description: r.CASE_TITLE,
		source: `Boston 311 (${r.Source})`,
		due_at: isoFromBoston(r.TARGET_DT),
		closed_at: r.CASE_STATUS === 'Closed' ? isoFromBoston(r.CLOSED_DT) : null
	}));
	const headers = [
		'id',
		'category',
		'reported_at',
		'status',
		'lng',
		'lat',
		'description',
		'source',
		'due_at',
		'closed_at'
	];
	return {
		csv: writeCanonicalCsv(headers, spots),
		dropped: rows.length - kept.length,
		kept: kept.length
	};
}

/**
 * The first `n` requests of a Boston 311 file as the city publishes them (its own headers,
 * `MM/DD/YYYY hh:mm:ss AM` dates, the request type as text), written back as CSV: what a
 * clerk uploads before any adapter.
 */
export function bostonRawCsv(file: string, n: number): string {
	const rows = readCsvObjects(readReal(`boston-311-2015/${file}`)).slice(0, n);
	return writeCanonicalCsv(Object.keys(rows[0]), rows);
}
