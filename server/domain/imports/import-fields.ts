/**
 * What each import kind reads: its canonical columns (README "Import"), their types and
 * whether a row without them is refused. Declarative data; aliases live in column-aliases.ts.
 */
import { IMPORT_KINDS, type ImportKind } from '../../contract/import-results';

export { IMPORT_KINDS, type ImportKind };

export type FieldType = 'text' | 'number' | 'integer' | 'date' | 'datetime' | 'list' | 'geometry';

export interface FieldSpec {
	type: FieldType;
	required: boolean;
}

const req = (type: FieldType): FieldSpec => ({ type, required: true });
const opt = (type: FieldType): FieldSpec => ({ type, required: false });

/** `lng`/`lat` may instead come from a GeoJSON Point; `geometry` from a GeoJSON feature. */
export const IMPORT_FIELDS: Record<ImportKind, Readonly<Record<string, FieldSpec>>> = {
	surveys: {
		id: req('text'),
		pest: opt('text'),
		method: req('text'),
		site_id: opt('text'),
		surveyed_at: req('date'),
		count: req('number'),
		effort: req('number'),
		count2: opt('number'),
		lng: req('number'),
		lat: req('number'),
		habitat: opt('text')
	},
	blindspots: {
		id: req('text'),
		category: req('text'),
		reported_at: req('datetime'),
		status: opt('text'),
		lng: req('number'),
		lat: req('number'),
		description: opt('text'),
		source: opt('text'),
		due_at: opt('datetime'),
		closed_at: opt('datetime')
	},
	zones: {
		id: req('text'),
		name: req('text'),
		kind: req('text'),
		parent_id: opt('text'),
		responsible: opt('text'),
		geometry: req('geometry')
	},
	roads: {
		id: req('text'),
		name: req('text'),
		road_id: opt('text'),
		grade: opt('integer'),
		key_group: opt('text'),
		responsible: opt('text'),
		geometry: req('geometry')
	},
	pois: {
		id: req('text'),
		kind: req('text'),
		name: req('text'),
		lng: req('number'),
		lat: req('number')
	},
	sprays: {
		id: req('text'),
		team: req('text'),
		started_at: req('datetime'),
		chemical: req('text'),
		amount: req('number'),
		unit: req('text'),
		pest: req('text'),
		campaign: opt('text'),
		target_ids: opt('list'),
		lng: req('number'),
		lat: req('number')
	},
	// The office's responsibility ledger (issue 15 item 1); headers in contract/responsibility.ts.
	responsibility: {
		target_kind: req('text'),
		target: req('text'),
		person: opt('text'),
		username: opt('text'),
		phone: opt('text'),
		resp_unit: opt('text'),
		pledge_type: opt('text'),
		signed_on: opt('date'),
		term_from: opt('date'),
		term_to: opt('date'),
		on_time_target: opt('text'),
		score_target: opt('text'),
		note: opt('text')
	}
};

/**
 * Longest text a field keeps, in characters: ids, names, teams, codes and the like fit in
 * 200 (a Chinese address or unit name is rarely over 50); descriptions get 2,000 (a clerk's
 * note of a paragraph). Longer cells are refused, not cut, so nothing is lost silently.
 */
export const MAX_NAME_CHARS = 200;
export const MAX_DESCRIPTION_CHARS = 2_000;

/** The longest text `field` keeps (geometry text is bounded by the upload size instead). */
export const maxCharsOf = (field: string): number =>
	field === 'geometry'
		? Infinity
		: field === 'description'
			? MAX_DESCRIPTION_CHARS
			: MAX_NAME_CHARS;

/** Kinds whose rows are points: their position may come from lng/lat columns or a Point. */
export const POINT_KINDS: ReadonlySet<ImportKind> = new Set([
	'surveys',
	'blindspots',
	'pois',
	'sprays'
]);
