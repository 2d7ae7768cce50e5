import type { ImportFieldTable } from '../../api/import-client';

/** SaniMap field → source column, as `POST /api/import/{kind}` takes it in `mapping`. */
export type ColumnMapping = Readonly<Record<string, string>>;

export interface MappingRow {
	field: string;
	required: boolean;
	/** The source column, or '' when nothing feeds this field. */
	column: string;
}

/** One row per SaniMap field of the kind, in the kind's field order. */
export function mappingRows(fields: ImportFieldTable, mapping: ColumnMapping): MappingRow[] {
	return Object.entries(fields).map(([field, info]) => ({
		field,
		required: info.required,
		column: mapping[field] ?? ''
	}));
}

/**
 * Points `field` at `column` ('' clears it). A column feeds one field: taking it for a new
 * field frees it from the old one, which the clerk then sees as unmapped.
 */
export function setMappingColumn(
	mapping: ColumnMapping,
	field: string,
	column: string
): ColumnMapping {
	const next: Record<string, string> = {};
	for (const [f, c] of Object.entries(mapping)) {
		if (f !== field && c !== column) next[f] = c;
	}
	if (column) next[field] = column;
	return next;
}

/** Required fields no column feeds. `hasGeometry`: a GeoJSON file brings geometry and lng/lat. */
export function missingRequired(
	fields: ImportFieldTable,
	mapping: ColumnMapping,
	hasGeometry: boolean
): string[] {
	const fromGeometry = new Set(hasGeometry ? ['geometry', 'lng', 'lat'] : []);
	return Object.entries(fields)
		.filter(([f, info]) => info.required && !mapping[f] && !fromGeometry.has(f))
		.map(([f]) => f);
}

/** Source columns no field reads; the server ignores them. */
export function unusedColumns(headers: readonly string[], mapping: ColumnMapping): string[] {
	const used = new Set(Object.values(mapping));
	return headers.filter((h) => !used.has(h));
}
