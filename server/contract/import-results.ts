/**
 * What `/api/import` answers (issue 2): the kinds, a problem's place in the file, the preview
 * and the result of an import. Zod-free, so web may import its code list as a value.
 */
import type { Bbox } from '$geo/bbox';
import type { CrsId } from '$geo/crs';
import type {
	BlindSpotRecord,
	PoiRecord,
	RoadSegmentRecord,
	SprayEventRecord,
	SurveyRecord,
	ZoneRecord
} from './records';

export const IMPORT_KINDS = [
	'zones',
	'roads',
	'blindspots',
	'surveys',
	'pois',
	'sprays',
	'responsibility'
] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const SOURCE_FORMATS = ['csv', 'xlsx', 'geojson'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** The encodings SaniMap tells apart in an uploaded text file. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';

/** SaniMap field -> the file's column that feeds it. */
export type ColumnMapping = Record<string, string>;

/** The languages an import answers in (`lang`, as the exports take it); Chinese unless asked. */
export const IMPORT_LANGS = ['zh-CN', 'en'] as const;
export type ImportLang = (typeof IMPORT_LANGS)[number];

/**
 * Stable codes of import problems: API clients test these, the message is their wording in
 * the request's language (server/domain/imports/issue-messages*.ts).
 */
export const IMPORT_ISSUE_CODES = [
	'required_empty',
	'not_number',
	'not_whole_number',
	'not_date',
	'not_calendar_date',
	'date_cell_invalid',
	'year_out_of_range',
	'text_too_long',
	'list_item_too_long',
	'unknown_code',
	'negative',
	'not_positive',
	'grade_out_of_range',
	'duplicate_id',
	'coordinate_not_number',
	'coordinate_out_of_range',
	'coordinate_placeholder',
	'outside_service_area',
	'geometry_outside_service_area',
	'far_from_zones',
	'geometry_not_point',
	'geometry_too_deep',
	'geometry_not_json',
	'geometry_not_area',
	'polygon_no_rings',
	'ring_not_positions',
	'ring_too_short',
	'ring_not_closed',
	'polygon_crosses',
	'line_parts',
	'geometry_not_line',
	'line_too_short',
	'line_zero_length',
	'method_unknown_for_pest',
	'method_pest_mismatch',
	'count_exceeds_effort',
	'method_no_count2',
	'mapping_unknown_field',
	'mapping_missing_column',
	'missing_column',
	// The responsibility ledger (issue 15 item 1).
	'unknown_place',
	'ambiguous_place',
	'out_of_range',
	'no_holder',
	'term_reversed'
] as const;
export type IssueCode = (typeof IMPORT_ISSUE_CODES)[number];
/** A code's parameters: the same for every row with the same problem. */
export type IssueParams = Readonly<Record<string, string | number | boolean>>;

/**
 * One problem in an import: the row as the user sees it (header = 1), the column as the file
 * names it, a stable `code` with `params`, the offending cell (`value`, when there is one) and
 * the `message` in the request's language. `row`, `column` and `message` are as before issue 11.
 */
export interface ImportIssue {
	row: number;
	column: string;
	message: string;
	code: IssueCode;
	params?: IssueParams;
	value?: string;
}

/**
 * Equal problems (code, column and params) of many rows on one line: 500 rows with the same
 * unknown category are one group with `rows: [[2, 501]]`.
 */
export interface ImportIssueGroup {
	code: IssueCode;
	column: string;
	params?: IssueParams;
	/** What is wrong and what was expected, without any one row's value. */
	message: string;
	/** Runs of rows `[first, last]`, in order; cut after MAX_GROUP_RANGES (see `count`). */
	rows: [number, number][];
	/** How many rows have this problem (rows beyond the listed runs included). */
	count: number;
	/** The first few different values written in those cells. */
	examples: string[];
}

/** `details` of a 422 `invalid_rows`, `invalid_columns` or `far_from_zones`. */
export interface ImportRejection {
	/** The first MAX_REJECTED_LISTED problems, one per row and column. */
	rejected: ImportIssue[];
	/** Every problem grouped (at most MAX_ISSUE_GROUPS groups). */
	groups: ImportIssueGroup[];
	total: number;
	truncated: boolean;
	rows?: number;
	rejectedRows?: number;
	/** `far_from_zones`: the form field that imports the points anyway. */
	confirmWith?: 'allowFar';
}

/** Where a point arrived from: its CRS and coordinates as written in the file. */
export interface Origin {
	crs: CrsId;
	origX: number;
	origY: number;
}

export interface ImportRecords {
	surveys: SurveyRecord & Origin;
	blindspots: BlindSpotRecord & Origin;
	zones: ZoneRecord;
	roads: RoadSegmentRecord;
	pois: PoiRecord & Origin;
	sprays: SprayEventRecord & Origin;
	responsibility: ResponsibilityRecord;
}

/**
 * One row of the responsibility ledger (issue 15 item 1), its place resolved to an id. `id` is
 * `<kind>:<target id>`, so a place named twice in one file is refused as a repeated id.
 */
export interface ResponsibilityRecord {
	id: string;
	targetKind: 'zone' | 'segment' | 'road' | 'frontage';
	targetId: string;
	person: string | null;
	username: string | null;
	phone: string | null;
	unit: string | null;
	pledgeType: 'target' | 'frontage' | 'cleaning_contract' | null;
	signedOn: string | null;
	termFrom: string | null;
	termTo: string | null;
	targetOnTimePct: number | null;
	targetScore: number | null;
	note: string | null;
}
export type ImportRecord = ImportRecords[ImportKind];

/** What the file looks like to SaniMap: the web UI's preview step shows this. */
export interface ImportPreview {
	kind: ImportKind;
	format: SourceFormat;
	/** Detected text encoding (CSV only). */
	encoding: TextEncoding | null;
	sheet: string | null;
	sheets: string[];
	headers: string[];
	mapping: ColumnMapping;
	unmapped: string[];
	rows: number;
	/** The first rows as they are in the file, keyed by header. */
	sample: Record<string, unknown>[];
	/** Column and mapping problems (row 1 is the header), in the request's language. */
	issues: ImportIssue[];
}

export interface ImportResult {
	inserted: number;
	updated: number;
	rejected: [];
	dryRun: boolean;
	crs: CrsId;
	encoding: TextEncoding | null;
	format: SourceFormat;
	mapping: ColumnMapping;
	/** The first records as they will be stored (WGS-84). */
	preview: ImportRecord[];
	/**
	 * Problems that do not stop an import: points far outside every stored zone when no
	 * service area is set (a dry run lists them; the import needs `allowFar=true`).
	 */
	warnings: ImportIssueGroup[];
}

/** One field of a kind as `GET /api/import` describes it. */
export interface ImportFieldInfo {
	type: string;
	required: boolean;
	aliases: readonly string[];
}
export type ImportFieldTable = Readonly<Record<string, ImportFieldInfo>>;

/** `GET /api/import`: kinds, their fields with header aliases, the CRSs, and the limits. */
export interface ImportCatalogue {
	kinds: Record<ImportKind, ImportFieldTable>;
	crs: readonly CrsId[];
	/** Points outside it are refused; null when the server sets none. */
	serviceArea: Bbox | null;
	limits: { uploadBytes: number; rows: number; previewRows: number };
}
