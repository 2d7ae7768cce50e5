import type { ColumnMapping } from '../../contract/import-results';
import { COLUMN_ALIASES, normaliseHeader } from './column-aliases';
import { HEADER_ROW, problem, type RawIssue } from './import-issue';
import { IMPORT_FIELDS, POINT_KINDS, type ImportKind } from './import-fields';

export type { ColumnMapping };

export interface ResolvedMapping {
	mapping: ColumnMapping;
	/** Columns of the file no field reads (shown in the preview so the user can map them). */
	unmapped: string[];
	issues: RawIssue[];
}

export interface MappingInput {
	kind: ImportKind;
	headers: readonly string[];
	/** The user's explicit mapping; wins over recognised headers. */
	given: ColumnMapping;
	/** GeoJSON features carry geometry (and points) themselves. */
	hasGeometry: boolean;
}

/**
 * Which column feeds which field: the user's mapping first, then a header equal to the
 * canonical name, then the first alias present. Every problem names the column.
 */
export function resolveMapping({
	kind,
	headers,
	given,
	hasGeometry
}: MappingInput): ResolvedMapping {
	const fields = IMPORT_FIELDS[kind];
	const issues: RawIssue[] = [];
	const mapping: ColumnMapping = {};
	const used = new Set<string>();
	for (const [field, column] of Object.entries(given)) {
		if (!(field in fields)) {
			issues.push({
				row: HEADER_ROW,
				column: field,
				...problem('mapping_unknown_field', { kind }, field)
			});
		} else if (!headers.includes(column)) {
			issues.push({
				row: HEADER_ROW,
				column,
				...problem('mapping_missing_column', { field }, column)
			});
		} else {
			mapping[field] = column;
			used.add(column);
		}
	}
	const byNormalised = new Map<string, string>();
	for (const h of headers)
		if (!byNormalised.has(normaliseHeader(h))) byNormalised.set(normaliseHeader(h), h);
	for (const field of Object.keys(fields)) {
		if (mapping[field] || field in given) continue;
		for (const name of [field, ...(COLUMN_ALIASES[field] ?? [])]) {
			const header = byNormalised.get(normaliseHeader(name));
			if (header !== undefined && !used.has(header)) {
				mapping[field] = header;
				used.add(header);
				break;
			}
		}
	}
	const fromGeometry = (f: string) =>
		hasGeometry && (f === 'geometry' || (POINT_KINDS.has(kind) && (f === 'lng' || f === 'lat')));
	for (const [field, spec] of Object.entries(fields)) {
		if (!spec.required || mapping[field] || field in given || fromGeometry(field)) continue;
		issues.push({ row: HEADER_ROW, column: field, ...problem('missing_column', { field }) });
	}
	return { mapping, unmapped: headers.filter((h) => !used.has(h)), issues };
}
