/**
 * Import problems in English: what is wrong and what was expected, without the offending
 * cell (issue-messages.ts puts that in front).
 */
import type { CodeList } from './code-lookups';
import type { IssueParams } from '../../contract/import-results';
import type { IssueTemplates } from './issue-messages';
import type { Words } from './issue-words';
import {
	RESPONSIBILITY_TARGET_NAMES,
	type ResponsibilityTarget
} from '../../contract/responsibility';

const DATE_EXAMPLE = '2024-05-03 or 2024/5/3 09:30';
/** GCJ-02 and BD-09 are converted; WGS-84 and CGCS2000 are taken as they are. */
const converted = (p: IssueParams, w: Words, to: string) =>
	p.crs === 'gcj02' || p.crs === 'bd09'
		? `converted from ${w.crs(String(p.crs))} ${to}it lies `
		: 'it lies ';

const placeEn = (p: IssueParams) =>
	(
		RESPONSIBILITY_TARGET_NAMES[p.place as ResponsibilityTarget]?.en ?? String(p.place)
	).toLowerCase();

export const ISSUE_MESSAGES_EN: IssueTemplates = {
	required_empty: (p, w) => `${w.field(String(p.field))} is required; the cell is empty`,
	not_number: () => 'not a number',
	not_whole_number: () => 'not a whole number',
	not_date: () => `not a date; write it like ${DATE_EXAMPLE}`,
	not_calendar_date: () => 'not a real calendar date or time (such as 30 February or 25:00)',
	date_cell_invalid: () => 'the Excel date cell is not a valid date',
	year_out_of_range: (p) => `the year must be from ${p.min} to ${p.max}`,
	text_too_long: (p, w) => `${w.field(String(p.field))} keeps at most ${p.max} characters`,
	list_item_too_long: (p, w) =>
		`each item of ${w.field(String(p.field))} keeps at most ${p.max} characters`,
	unknown_code: (p, w) =>
		`${w.field(String(p.field))} must be one of ${w.choices(p.list as CodeList).join(', ')}`,
	negative: (p, w) => `${w.field(String(p.field))} cannot be negative`,
	not_positive: (p, w) => `${w.field(String(p.field))} must be above 0`,
	grade_out_of_range: (p) => `the road grade must be a whole number from ${p.min} to ${p.max}`,
	duplicate_id: (p) => `the ID is already used in row ${p.firstRow}; IDs must be unique in a file`,
	coordinate_not_number: () => 'a coordinate is not a number',
	coordinate_out_of_range: (p) =>
		`outside longitude -180..180, latitude -90..90${p.swapped ? '; longitude and latitude may be swapped' : ''}`,
	coordinate_placeholder: () => 'a placeholder for a missing position; give the real coordinates',
	outside_service_area: (p, w) =>
		`${converted(p, w, 'to WGS-84 ')}outside the service area ${p.area}; check the coordinate system`,
	geometry_outside_service_area: (p, w) =>
		`${converted(p, w, '')}entirely outside the service area ${p.area}; check the coordinate system`,
	far_from_zones: (p) =>
		`more than ${p.km} km from every stored zone; check the coordinate system, or whether longitude and latitude are swapped`,
	geometry_not_point: (p) => `the position must be a Point, not ${p.type}`,
	geometry_too_deep: (p) => `the geometry text is nested more than ${p.max} levels deep`,
	geometry_not_json: () => 'the geometry must be GeoJSON geometry text like {"type":"Polygon",…}',
	geometry_not_area: (p) => `a zone must be a Polygon or MultiPolygon, not ${p.type}`,
	polygon_no_rings: () => 'the polygon has no rings',
	ring_not_positions: () => 'a ring is not a list of [longitude, latitude] positions',
	ring_too_short: () => 'a polygon ring needs at least 4 positions',
	ring_not_closed: () => 'a polygon ring is not closed (the first position must equal the last)',
	polygon_crosses: () => 'the outline crosses itself here; fix it',
	line_parts: (p) => `a line of ${p.parts} parts: split it into one row per part`,
	geometry_not_line: (p) => `a road must be a LineString, not ${p.type}`,
	line_too_short: () => 'a line needs at least 2 [longitude, latitude] positions',
	line_zero_length: () => 'a road needs at least 2 different positions; this one has zero length',
	method_unknown_for_pest: (p, w) =>
		`the method for ${w.entry('pest', String(p.pest))} must be one of ${w.choices('method', String(p.pest)).join(', ')}`,
	method_pest_mismatch: (p, w) =>
		`${w.entry('method', String(p.method))} surveys ${w.entry('pest', String(p.pest))}, not the pest given`,
	count_exceeds_effort: (p, w) =>
		`with ${w.entry('method', String(p.method))} the count cannot exceed the effort`,
	method_no_count2: (p, w) =>
		`${w.entry('method', String(p.method))} has no second count; leave it empty`,
	mapping_unknown_field: (p, w) => `this mapping entry is not a field of ${w.kind(String(p.kind))}`,
	mapping_missing_column: (p, w, c) =>
		`the mapping points ${w.field(String(p.field))} at this column, but the file has no such column; its columns are ${c.headers.join(', ')}`,
	unknown_place: (p) =>
		`no ${placeEn(p)} of this name or id; write the name or id of one SaniMap knows`,
	ambiguous_place: (p) =>
		`${p.count} places of type ${placeEn(p)} have this name (${p.ids}); write the id instead`,
	out_of_range: (p, w) => `${w.field(String(p.field))} must be a number from ${p.min} to ${p.max}`,
	no_holder: () => 'give the responsible person, their account or the responsible unit',
	term_reversed: () => 'the term ends before it starts',
	missing_column: (p, w, c) =>
		`no column for the required field ${w.field(String(p.field))} (headers recognised: ${c.aliases(String(p.field)).join(', ')}); add the column or choose one of the file's columns in the mapping`
};
