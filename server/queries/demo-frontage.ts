/**
 * SQL of the demo town's registry seeding (ingest/demo-frontage.ts). Registry ids come from
 * their sequence, so the rows go through a temporary table (the appender cannot leave a
 * column to its default).
 */
export const CREATE_DEMO_RESPONSIBILITIES_SQL = `CREATE TEMP TABLE demo_responsibilities (
	target_kind VARCHAR, target_id VARCHAR, person VARCHAR, username VARCHAR, phone VARCHAR, unit VARCHAR,
	pledge_type VARCHAR, signed_on DATE, term_from DATE, term_to DATE, target_on_time_pct DOUBLE,
	target_score DOUBLE, valid_from TIMESTAMP, valid_to TIMESTAMP)`;

export const MOVE_DEMO_RESPONSIBILITIES_SQL = [
	`INSERT INTO responsibilities (target_kind, target_id, person, username, phone, unit, pledge_type,
		signed_on, term_from, term_to, target_on_time_pct, target_score, scan_photo_id, valid_from, valid_to,
		changed_by, note)
	SELECT target_kind, target_id, person, username, phone, unit, pledge_type, signed_on, term_from, term_to,
		target_on_time_pct, target_score, NULL, valid_from, valid_to, 'system:demo', NULL
	FROM demo_responsibilities`,
	'DROP TABLE demo_responsibilities'
];
