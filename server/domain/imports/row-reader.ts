import type { Geometry } from 'geojson';
import type { CodeLookup } from './code-lookups';
import { convertPoint, type ConvertedPoint, type PositionContext } from './convert-position';
import { problem, type Problem, type RawIssue } from './import-issue';
import { IMPORT_FIELDS, maxCharsOf, type ImportKind } from './import-fields';
import { MAX_JSON_DEPTH, nestsDeeperThan } from './json-depth';
import {
	isError,
	parseDate,
	parseDateTime,
	parseInteger,
	parseList,
	parseNumber,
	parseText,
	type Parsed
} from './parse-value';
import type { ColumnMapping } from './resolve-mapping';
import type { SourceRow } from './source-table';

/**
 * Reads one source row field by field, parsing each cell by its field type and recording a
 * problem (row, column, code) for every bad or missing value instead of stopping.
 */
export class RowReader {
	readonly issues: RawIssue[] = [];

	constructor(
		private readonly kind: ImportKind,
		private readonly source: SourceRow,
		private readonly mapping: ColumnMapping,
		private readonly ctx: PositionContext & { allowSerialDates: boolean }
	) {}

	get positionContext(): PositionContext {
		return this.ctx;
	}

	/** The column a field is read from (the canonical name when it is unmapped). */
	column(field: string): string {
		return this.mapping[field] ?? field;
	}

	fail(field: string, found: Problem): null {
		this.issues.push({ row: this.source.row, column: this.column(field), ...found });
		return null;
	}

	private read<T>(field: string, parse: (v: unknown) => Parsed<T>): T | null {
		const column = this.mapping[field];
		const value = column === undefined ? null : parse(this.source.values[column]);
		if (isError(value)) return this.fail(field, value.error);
		if (value === null && IMPORT_FIELDS[this.kind][field]?.required) {
			return this.fail(field, problem('required_empty', { field }));
		}
		return value;
	}

	/** Text no longer than the field keeps (import-fields.ts), else a problem. */
	text = (field: string): string | null => {
		const text = this.read(field, parseText);
		const max = maxCharsOf(field);
		return text !== null && text.length > max
			? this.fail(field, problem('text_too_long', { field, max }, text))
			: text;
	};
	number = (field: string) => this.read(field, parseNumber);
	integer = (field: string) => this.read(field, parseInteger);
	/** A list whose items are each no longer than a name. */
	list = (field: string): string[] | null => {
		const items = this.read(field, parseList);
		const long = items?.find((item) => item.length > maxCharsOf(field));
		return long === undefined
			? items
			: this.fail(field, problem('list_item_too_long', { field, max: maxCharsOf(field) }, long));
	};
	date = (field: string) => this.read(field, (v) => parseDate(v, this.ctx.allowSerialDates));
	dateTime = (field: string) =>
		this.read(field, (v) => parseDateTime(v, this.ctx.allowSerialDates));

	/** A code from a lookup (code, Chinese or English word); unknown words are refused. */
	code(field: string, lookup: CodeLookup, fallback: string | null = null): string | null {
		const text = this.text(field);
		if (text === null) return fallback;
		const code = lookup.resolve(text);
		return code ?? this.fail(field, problem('unknown_code', { field, list: lookup.list }, text));
	}

	/** The point in WGS-84: from lng/lat columns, else from a GeoJSON Point. */
	point(): ConvertedPoint | null {
		const { geometry } = this.source;
		let xy: [number, number] | null = null;
		if (this.mapping.lng || this.mapping.lat || !geometry) {
			const x = this.number('lng');
			const y = this.number('lat');
			if (x !== null && y !== null) xy = [x, y];
		} else if (geometry.type === 'Point') {
			xy = [geometry.coordinates[0], geometry.coordinates[1]];
		} else {
			return this.fail('geometry', problem('geometry_not_point', { type: geometry.type }));
		}
		if (!xy) return null;
		const converted = convertPoint(xy[0], xy[1], this.ctx);
		if (isError(converted))
			return this.fail(this.mapping.lng ? 'lng' : 'geometry', converted.error);
		return converted;
	}

	/** The feature's geometry, or a `geometry` column holding GeoJSON geometry text. */
	rawGeometry(): Geometry | null {
		if (this.source.geometry) return this.source.geometry;
		const text = this.text('geometry');
		if (text === null) return null;
		if (nestsDeeperThan(text)) {
			return this.fail('geometry', problem('geometry_too_deep', { max: MAX_JSON_DEPTH }));
		}
		try {
			const g = JSON.parse(text) as Geometry;
			if (g && typeof g === 'object' && typeof g.type === 'string') return g;
		} catch {
			/* reported below */
		}
		return this.fail('geometry', problem('geometry_not_json'));
	}
}
