import type { Geometry } from 'geojson';
import type { SourceFormat, TextEncoding } from '../../contract/import-results';

export type { SourceFormat };

/** One data row of an uploaded file, whatever its format. */
export interface SourceRow {
	/** As the user sees it: the Excel row (header = 1), or the 1-based GeoJSON feature number. */
	row: number;
	values: Record<string, unknown>;
	/** A GeoJSON feature's geometry; undefined for tables. */
	geometry?: Geometry | null;
}

/** An uploaded file read into header + rows, before any mapping or checking. */
export interface SourceTable {
	format: SourceFormat;
	/** Detected text encoding (CSV only). */
	encoding: TextEncoding | null;
	/** The sheet read and the sheets there were (XLSX only). */
	sheet: string | null;
	sheets: string[];
	headers: string[];
	rows: SourceRow[];
}
