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

export const IMPORT_KINDS = ['zones', 'roads', 'blindspots', 'surveys', 'pois', 'sprays'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const SOURCE_FORMATS = ['csv', 'xlsx', 'geojson'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

/** The encodings SaniMap tells apart in an uploaded text file. */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'gb18030';

/** SaniMap field -> the file's column that feeds it. */
export type ColumnMapping = Record<string, string>;

/** One problem in an import: the row as the user sees it (header = 1) and the column. */
export interface ImportIssue {
	row: number;
	column: string;
	message: string;
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
	/** Column and mapping problems (row 1 is the header). */
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
