import { caseSyncStatements } from '../queries/case-sync';
import { ATTACH_LONE_KEY_AREA_SQL, ENSURE_KEY_GROUPS_SQL } from '../queries/key-groups';
import type { Database } from './database';

/**
 * Ordered, append-only migrations (design.md §2). A database records which ran in
 * `schema_migrations`; start-up applies the rest, each in its own transaction.
 * Geometry is GeoJSON text plus a bbox; points are lng/lat doubles (design.md §1).
 */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
	{
		version: 1,
		name: 'core tables',
		sql: `
CREATE TABLE dataset_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE survey_methods (
	code VARCHAR PRIMARY KEY, pest VARCHAR NOT NULL, name_zh VARCHAR NOT NULL, name_en VARCHAR NOT NULL,
	count_meaning VARCHAR NOT NULL, effort_meaning VARCHAR NOT NULL, count2_meaning VARCHAR,
	multiplier DOUBLE NOT NULL, unit_zh VARCHAR NOT NULL, unit_en VARCHAR NOT NULL, proportion BOOLEAN NOT NULL,
	value2_denominator VARCHAR, value2_multiplier DOUBLE);
CREATE TABLE control_thresholds (
	standard VARCHAR NOT NULL, method VARCHAR NOT NULL, indicator VARCHAR NOT NULL, level VARCHAR NOT NULL,
	limit_value DOUBLE NOT NULL, comparison VARCHAR NOT NULL, active BOOLEAN NOT NULL,
	PRIMARY KEY (standard, method, indicator, level));
CREATE TABLE blind_spot_categories (
	code VARCHAR PRIMARY KEY, name_zh VARCHAR NOT NULL, name_en VARCHAR NOT NULL, deadline_hours DOUBLE NOT NULL);
CREATE TABLE zones (
	id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, kind VARCHAR NOT NULL, parent_id VARCHAR,
	responsible VARCHAR, area_m2 DOUBLE NOT NULL, geometry VARCHAR NOT NULL,
	minx DOUBLE NOT NULL, miny DOUBLE NOT NULL, maxx DOUBLE NOT NULL, maxy DOUBLE NOT NULL);
CREATE TABLE road_segments (
	id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, road_id VARCHAR NOT NULL, grade INTEGER NOT NULL,
	key_group VARCHAR, responsible VARCHAR, length_m DOUBLE NOT NULL, geometry VARCHAR NOT NULL,
	minx DOUBLE NOT NULL, miny DOUBLE NOT NULL, maxx DOUBLE NOT NULL, maxy DOUBLE NOT NULL);
CREATE TABLE pois (
	id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, name VARCHAR NOT NULL,
	lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, geometry VARCHAR, zone_id VARCHAR, grid_id VARCHAR);
CREATE TABLE blind_spots (
	id VARCHAR PRIMARY KEY, category VARCHAR NOT NULL, description VARCHAR NOT NULL,
	reported_at TIMESTAMP NOT NULL, source VARCHAR NOT NULL, status VARCHAR NOT NULL,
	due_at TIMESTAMP, closed_at TIMESTAMP,
	lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, crs VARCHAR NOT NULL, orig_x DOUBLE NOT NULL, orig_y DOUBLE NOT NULL,
	zone_id VARCHAR, grid_id VARCHAR, h3_r7 VARCHAR NOT NULL, h3_r8 VARCHAR NOT NULL, h3_r9 VARCHAR NOT NULL,
	h3_r10 VARCHAR NOT NULL, segment_id VARCHAR, segment_distance_m DOUBLE, recurrence INTEGER NOT NULL);
CREATE TABLE surveys (
	id VARCHAR PRIMARY KEY, pest VARCHAR NOT NULL, method VARCHAR NOT NULL, site_id VARCHAR NOT NULL,
	habitat VARCHAR NOT NULL, surveyed_at DATE NOT NULL,
	count DOUBLE NOT NULL, effort DOUBLE NOT NULL, count2 DOUBLE,
	lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, crs VARCHAR NOT NULL, orig_x DOUBLE NOT NULL, orig_y DOUBLE NOT NULL,
	zone_id VARCHAR, grid_id VARCHAR, h3_r7 VARCHAR NOT NULL, h3_r8 VARCHAR NOT NULL, h3_r9 VARCHAR NOT NULL,
	h3_r10 VARCHAR NOT NULL, segment_id VARCHAR, segment_distance_m DOUBLE);
CREATE TABLE spray_events (
	id VARCHAR PRIMARY KEY, team VARCHAR NOT NULL, started_at TIMESTAMP NOT NULL, chemical VARCHAR NOT NULL,
	amount DOUBLE NOT NULL, unit VARCHAR NOT NULL, pest VARCHAR NOT NULL, campaign VARCHAR,
	target_ids VARCHAR[] NOT NULL, lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, zone_id VARCHAR, grid_id VARCHAR);
CREATE TABLE campaigns (
	id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, from_date DATE NOT NULL, to_date DATE NOT NULL,
	CHECK (from_date <= to_date));
CREATE INDEX surveys_pest_date ON surveys (pest, surveyed_at);
CREATE INDEX blind_spots_reported ON blind_spots (reported_at);
`
	},
	{
		version: 2,
		name: 'route plans',
		// Route plans (issue 5). One-way roads live in road_oneway, not a road_segments
		// column: the loader appends road_segments by position, and the appender refuses a
		// row with a column left out even when it has a default.
		sql: `
CREATE TABLE road_oneway (segment_id VARCHAR PRIMARY KEY, oneway BOOLEAN NOT NULL DEFAULT true);
CREATE TABLE teams (id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL);
CREATE TABLE route_plans (
	id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, plan_date DATE NOT NULL, status VARCHAR NOT NULL,
	distance_mode VARCHAR NOT NULL, pest VARCHAR, unassigned VARCHAR NOT NULL,
	created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL);
CREATE TABLE routes (
	id VARCHAR PRIMARY KEY, plan_id VARCHAR NOT NULL, team_id VARCHAR NOT NULL, team_seq INTEGER NOT NULL,
	distance_m DOUBLE NOT NULL, duration_min DOUBLE NOT NULL, geometry VARCHAR,
	start_lng DOUBLE NOT NULL, start_lat DOUBLE NOT NULL, end_lng DOUBLE NOT NULL, end_lat DOUBLE NOT NULL,
	end_arrive_min DOUBLE NOT NULL, end_leg_m DOUBLE NOT NULL, UNIQUE (plan_id, team_id));
CREATE TABLE route_stops (
	plan_id VARCHAR NOT NULL, route_id VARCHAR NOT NULL, stop_id VARCHAR NOT NULL, seq INTEGER NOT NULL,
	lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, service_min DOUBLE NOT NULL, arrive_min DOUBLE NOT NULL,
	leg_m DOUBLE NOT NULL, road_name VARCHAR, off_network BOOLEAN NOT NULL, leg_straight BOOLEAN NOT NULL,
	status VARCHAR NOT NULL DEFAULT 'pending', note VARCHAR, visited_at TIMESTAMP, spray_event_id VARCHAR,
	PRIMARY KEY (plan_id, stop_id));
CREATE INDEX routes_plan ON routes (plan_id);
`
	},
	{
		version: 3,
		name: 'route stop kinds and spray tasks',
		// Issue 11: saved stops say what they are (the team page read it from the id's
		// prefix), and the task at a stop comes from a catalogue by pest and place. Stops
		// saved before are filled in from the stored reports, places and survey sites.
		sql: `
ALTER TABLE route_stops ADD COLUMN kind VARCHAR;
ALTER TABLE route_stops ADD COLUMN category VARCHAR;
ALTER TABLE route_stops ADD COLUMN label VARCHAR;
ALTER TABLE route_stops ADD COLUMN description VARCHAR;
ALTER TABLE route_stops ADD COLUMN pest VARCHAR;
ALTER TABLE route_stops ADD COLUMN zone_id VARCHAR;
UPDATE route_stops SET kind = 'blind_spot', category = b.category, label = b.category,
	description = b.description, zone_id = b.zone_id FROM blind_spots b WHERE b.id = route_stops.stop_id;
UPDATE route_stops SET kind = p.kind, label = p.name, zone_id = p.zone_id
	FROM pois p WHERE p.id = route_stops.stop_id AND route_stops.kind IS NULL;
UPDATE route_stops SET kind = 'survey_site', label = s.habitat, zone_id = s.zone_id
	FROM (SELECT site_id, min(habitat) AS habitat, min(zone_id) AS zone_id FROM surveys GROUP BY site_id) s
	WHERE s.site_id = route_stops.stop_id AND route_stops.kind IS NULL;
UPDATE route_stops SET kind = 'hotspot' WHERE starts_with(stop_id, 'hot-') AND kind IS NULL;
CREATE TABLE spray_tasks (
	place VARCHAR NOT NULL, pest VARCHAR NOT NULL, name_zh VARCHAR NOT NULL, name_en VARCHAR NOT NULL,
	chemical_zh VARCHAR NOT NULL, chemical_en VARCHAR NOT NULL, amount DOUBLE NOT NULL, unit VARCHAR NOT NULL,
	treats VARCHAR NOT NULL, PRIMARY KEY (place, pest));
`
	},
	{
		version: 4,
		name: 'accounts, sessions, tokens and the audit log',
		// Issue 13. Secrets are stored only as hashes: passwords as scrypt with a per-user salt,
		// session ids and access tokens as SHA-256 (they are random, 256-bit). The audit log is
		// append-only: no route updates or deletes it.
		sql: `
CREATE TABLE users (
	username VARCHAR PRIMARY KEY, display_name VARCHAR NOT NULL, role VARCHAR NOT NULL,
	zones VARCHAR[] NOT NULL, team_id VARCHAR, phone VARCHAR, password_hash VARCHAR NOT NULL,
	disabled BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL,
	last_login_at TIMESTAMP);
CREATE TABLE sessions (
	id_hash VARCHAR PRIMARY KEY, username VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL,
	last_seen_at TIMESTAMP NOT NULL, expires_at TIMESTAMP NOT NULL, address VARCHAR, user_agent VARCHAR);
CREATE INDEX sessions_user ON sessions (username);
CREATE TABLE api_tokens (
	id VARCHAR PRIMARY KEY, username VARCHAR NOT NULL, name VARCHAR NOT NULL, token_hash VARCHAR NOT NULL,
	created_at TIMESTAMP NOT NULL, last_used_at TIMESTAMP, revoked_at TIMESTAMP);
CREATE INDEX api_tokens_hash ON api_tokens (token_hash);
CREATE SEQUENCE audit_log_id START 1;
CREATE TABLE audit_log (
	id BIGINT PRIMARY KEY DEFAULT nextval('audit_log_id'), occurred_at TIMESTAMP NOT NULL,
	username VARCHAR NOT NULL, role VARCHAR NOT NULL, action VARCHAR NOT NULL, entity VARCHAR NOT NULL,
	entity_id VARCHAR, before JSON, after JSON, request_id VARCHAR NOT NULL, address VARCHAR);
CREATE INDEX audit_log_time ON audit_log (occurred_at);
`
	},
	{
		version: 5,
		name: 'rectification cases',
		// Issue 14. The blind spots of before are the cases: status, due_at (the deadline) and
		// closed_at stay in blind_spots, so the layers, OGC, hot spots and priorities read them as
		// before; the case columns live in \`cases\`, one row per blind spot (the appender writes
		// blind_spots by position, so no column is added there). Statuses keep their codes
		// (domain.md §5). Photos and links are rows of case_links, not list columns: DuckDB updates
		// a row with a list as delete + insert, which trips the primary key inside a transaction.
		// Every existing row gets a \`report\` history row at reported_at and, when it had moved on,
		// a \`migrate\` row to its status (at closed_at for a closed one).
		sql: `
CREATE TABLE cases (
	id VARCHAR PRIMARY KEY, source_code VARCHAR NOT NULL, priority VARCHAR NOT NULL, reporter VARCHAR,
	assignee VARCHAR, assignee_unit VARCHAR, handled_by VARCHAR, handled_at TIMESTAMP, verified_by VARCHAR,
	rework_count INTEGER NOT NULL, escalations INTEGER NOT NULL, merged_into VARCHAR,
	alerted_deadline TIMESTAMP, idempotency_key VARCHAR);
CREATE SEQUENCE case_history_id START 1;
CREATE TABLE case_history (
	id BIGINT PRIMARY KEY DEFAULT nextval('case_history_id'), case_id VARCHAR NOT NULL,
	occurred_at TIMESTAMP NOT NULL, actor VARCHAR NOT NULL, role VARCHAR, action VARCHAR NOT NULL,
	from_status VARCHAR, to_status VARCHAR NOT NULL, note VARCHAR);
CREATE INDEX case_history_case ON case_history (case_id);
CREATE TABLE case_links (
	case_id VARCHAR NOT NULL, kind VARCHAR NOT NULL, ref VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL);
CREATE INDEX case_links_case ON case_links (case_id);
CREATE TABLE idempotency_keys (
	username VARCHAR NOT NULL, key VARCHAR NOT NULL, status INTEGER NOT NULL, response VARCHAR NOT NULL,
	created_at TIMESTAMP NOT NULL, PRIMARY KEY (username, key));
CREATE TABLE settings (
	key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL, updated_at TIMESTAMP NOT NULL, updated_by VARCHAR NOT NULL);
CREATE TABLE holiday_calendars (
	year INTEGER PRIMARY KEY, data VARCHAR NOT NULL, updated_at TIMESTAMP NOT NULL, updated_by VARCHAR NOT NULL);
${caseSyncStatements('system:migration', 'migrate').join(';\n')};
`
	},
	{
		version: 6,
		name: 'superiors and the notice inbox',
		// Issue 14 督办: a user's optional superior (上级, another username, set by the admin), and
		// the in-app notices of overdue and escalated cases. A notice keeps the facts it words
		// (\`data\`, JSON) so the UI says it in the reader's language.
		sql: `
ALTER TABLE users ADD COLUMN superior VARCHAR;
CREATE SEQUENCE notification_id START 1;
CREATE TABLE notifications (
	id BIGINT PRIMARY KEY DEFAULT nextval('notification_id'), recipient VARCHAR NOT NULL,
	kind VARCHAR NOT NULL, case_id VARCHAR, data JSON, created_at TIMESTAMP NOT NULL, read_at TIMESTAMP);
CREATE INDEX notifications_recipient ON notifications (recipient);
`
	},
	{
		version: 7,
		name: 'responsibility registry, frontage ledger, patrols and volunteer work',
		// Issue 15 (version 6 is the 督办 notice inbox of issue 14). Rows that change are updated
		// in place, so no list columns (see version 5): photo ids and failed items are
		// comma-separated text, track points are rows. The registry keeps history: a change of
		// person closes the old row (valid_to) and starts a new one.
		sql: `
CREATE TABLE frontage_units (
	id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, category VARCHAR NOT NULL, address VARCHAR,
	contact_name VARCHAR, contact_phone VARCHAR, lng DOUBLE NOT NULL, lat DOUBLE NOT NULL,
	zone_id VARCHAR, grid_id VARCHAR, segment_id VARCHAR, frontage VARCHAR NOT NULL, frontage_m DOUBLE NOT NULL,
	agreement_signed BOOLEAN NOT NULL, agreement_signed_on DATE,
	created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, retired_at TIMESTAMP);
CREATE INDEX frontage_units_grid ON frontage_units (grid_id);
CREATE SEQUENCE responsibility_id START 1;
CREATE TABLE responsibilities (
	id BIGINT PRIMARY KEY DEFAULT nextval('responsibility_id'), target_kind VARCHAR NOT NULL,
	target_id VARCHAR NOT NULL, person VARCHAR, username VARCHAR, phone VARCHAR, unit VARCHAR,
	pledge_type VARCHAR, signed_on DATE, term_from DATE, term_to DATE,
	target_on_time_pct DOUBLE, target_score DOUBLE, scan_photo_id VARCHAR,
	valid_from TIMESTAMP NOT NULL, valid_to TIMESTAMP, changed_by VARCHAR NOT NULL, note VARCHAR);
CREATE INDEX responsibilities_target ON responsibilities (target_kind, target_id);
CREATE TABLE patrols (
	id VARCHAR PRIMARY KEY, username VARCHAR NOT NULL, kind VARCHAR NOT NULL,
	started_at TIMESTAMP NOT NULL, ended_at TIMESTAMP, length_m DOUBLE NOT NULL, idempotency_key VARCHAR);
CREATE INDEX patrols_user ON patrols (username, started_at);
CREATE TABLE patrol_points (
	patrol_id VARCHAR NOT NULL, seq INTEGER NOT NULL, fixed_at TIMESTAMP NOT NULL,
	lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, accuracy_m DOUBLE, PRIMARY KEY (patrol_id, seq));
CREATE TABLE frontage_checks (
	id VARCHAR PRIMARY KEY, unit_id VARCHAR NOT NULL, patrol_id VARCHAR, checked_at TIMESTAMP NOT NULL,
	checker VARCHAR NOT NULL, result VARCHAR NOT NULL, failed_items VARCHAR NOT NULL, measure VARCHAR,
	order_deadline TIMESTAMP, case_id VARCHAR, note VARCHAR, photo_ids VARCHAR NOT NULL,
	lng DOUBLE, lat DOUBLE, idempotency_key VARCHAR);
CREATE INDEX frontage_checks_unit ON frontage_checks (unit_id, checked_at);
CREATE TABLE referrals (
	case_id VARCHAR PRIMARY KEY, sheet_no VARCHAR NOT NULL, unit_id VARCHAR, referred_at TIMESTAMP NOT NULL,
	outcome VARCHAR, outcome_note VARCHAR, outcome_at TIMESTAMP, outcome_by VARCHAR);
CREATE TABLE volunteer_activities (
	id VARCHAR PRIMARY KEY, team VARCHAR NOT NULL, kind VARCHAR NOT NULL, place VARCHAR NOT NULL,
	held_on DATE NOT NULL, people INTEGER NOT NULL, zone_id VARCHAR, area VARCHAR,
	lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, work VARCHAR NOT NULL, photo_ids VARCHAR NOT NULL,
	created_by VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL);
`
	},
	{
		version: 8,
		name: '环卫考核: key groups, inspections, deductions, rewards and penalties, sanitary units',
		// Issue 16. Membership of a key group stays road_segments.key_group (the import contract
		// of design.md §3, one group per segment); key_groups names the groups and their key
		// area, and is filled here from the names already in use. An inspection keeps what it
		// was about at the time (group, cleaning unit, community), so a later change of
		// contractor or membership does not rewrite past scores.
		sql: `
CREATE TABLE key_groups (
	id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, area_zone_id VARCHAR,
	inspect_every_days INTEGER NOT NULL, sort_order INTEGER NOT NULL,
	created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL);
${ENSURE_KEY_GROUPS_SQL};
${ATTACH_LONE_KEY_AREA_SQL};
CREATE TABLE deduction_items (
	code VARCHAR PRIMARY KEY, name_zh VARCHAR NOT NULL, name_en VARCHAR NOT NULL, points DOUBLE NOT NULL,
	scope VARCHAR NOT NULL, case_category VARCHAR, active BOOLEAN NOT NULL, sort_order INTEGER NOT NULL);
CREATE TABLE inspections (
	id VARCHAR PRIMARY KEY, form VARCHAR NOT NULL, level VARCHAR NOT NULL,
	group_id VARCHAR, group_name VARCHAR, segment_id VARCHAR, road_id VARCHAR, road_name VARCHAR,
	from_m DOUBLE, to_m DOUBLE, section VARCHAR, zone_id VARCHAR, community_id VARCHAR, cleaning_unit VARCHAR,
	inspector VARCHAR NOT NULL, inspected_at TIMESTAMP NOT NULL,
	c1 INTEGER, c2 INTEGER, c3 INTEGER, c4 INTEGER,
	base_score DOUBLE NOT NULL, deducted DOUBLE NOT NULL, score DOUBLE NOT NULL,
	note VARCHAR, lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, idempotency_key VARCHAR, created_at TIMESTAMP NOT NULL);
CREATE INDEX inspections_at ON inspections (inspected_at);
CREATE INDEX inspections_segment ON inspections (segment_id, inspected_at);
CREATE TABLE inspection_deductions (
	inspection_id VARCHAR NOT NULL, seq INTEGER NOT NULL, item VARCHAR NOT NULL, points DOUBLE NOT NULL,
	count INTEGER NOT NULL, note VARCHAR, photo_ids VARCHAR NOT NULL, lng DOUBLE, lat DOUBLE, case_id VARCHAR,
	PRIMARY KEY (inspection_id, seq));
CREATE TABLE reward_rules (
	id VARCHAR PRIMARY KEY, name_zh VARCHAR NOT NULL, name_en VARCHAR NOT NULL, target VARCHAR NOT NULL,
	comparison VARCHAR NOT NULL, threshold DOUBLE NOT NULL, kind VARCHAR NOT NULL, amount DOUBLE NOT NULL,
	unit VARCHAR NOT NULL, active BOOLEAN NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL);
CREATE TABLE reward_ledger (
	id VARCHAR PRIMARY KEY, month VARCHAR NOT NULL, target VARCHAR NOT NULL, target_key VARCHAR NOT NULL,
	target_name VARCHAR NOT NULL, score DOUBLE NOT NULL, inspections INTEGER NOT NULL, rule_id VARCHAR NOT NULL,
	kind VARCHAR NOT NULL, amount DOUBLE NOT NULL, unit VARCHAR NOT NULL,
	settled_by VARCHAR NOT NULL, settled_at TIMESTAMP NOT NULL);
CREATE INDEX reward_ledger_month ON reward_ledger (month);
CREATE TABLE sanitary_units (
	unit_id VARCHAR PRIMARY KEY, title VARCHAR NOT NULL, since DATE, updated_by VARCHAR NOT NULL,
	updated_at TIMESTAMP NOT NULL);
CREATE TABLE sanitary_assessments (
	id VARCHAR PRIMARY KEY, unit_id VARCHAR NOT NULL, assessed_on DATE NOT NULL, score DOUBLE NOT NULL,
	passed BOOLEAN NOT NULL, assessor VARCHAR NOT NULL, note VARCHAR, created_at TIMESTAMP NOT NULL);
`
	},
	{
		version: 9,
		name: 'town grading: standard editions by date and sample minimums',
		// Issue 17, lane A. An edition's dates live on its own row (one per edition), not on each
		// threshold row: an edition whose limits are not entered (GB/T 27772-2025) has no
		// threshold rows to carry them. Threshold rows join by `standard`.
		sql: `
CREATE TABLE standard_editions (
	standard VARCHAR PRIMARY KEY, pest VARCHAR NOT NULL, valid_from DATE, valid_to DATE,
	source VARCHAR NOT NULL, note VARCHAR,
	CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to));
CREATE TABLE sample_minimums (
	method VARCHAR PRIMARY KEY, town_min DOUBLE NOT NULL, unit_min DOUBLE NOT NULL,
	unit_zh VARCHAR NOT NULL, unit_en VARCHAR NOT NULL, source VARCHAR NOT NULL, confidence VARCHAR NOT NULL);
`
	},
	{
		version: 10,
		name: 'facilities and standing targets',
		// Issue 17 lane D. Facility kinds are a catalogue (cadence per kind, seeded by
		// db/catalogues.ts). A facility's working state, last inspection and due day are derived
		// from its inspections, a standing target's last treatment from the done route stops
		// (spray_events.target_ids) and the day entered; none of them is stored.
		sql: `
CREATE TABLE facility_kinds (
	code VARCHAR PRIMARY KEY, name_zh VARCHAR NOT NULL, name_en VARCHAR NOT NULL,
	inspect_every_days INTEGER NOT NULL, bait BOOLEAN NOT NULL, sort_order INTEGER NOT NULL);
CREATE TABLE facilities (
	id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, name VARCHAR NOT NULL, unit_id VARCHAR, owner VARCHAR,
	lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, zone_id VARCHAR, grid_id VARCHAR, installed_on DATE,
	status VARCHAR NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL);
CREATE TABLE facility_inspections (
	id VARCHAR PRIMARY KEY, facility_id VARCHAR NOT NULL, inspected_at TIMESTAMP NOT NULL,
	inspector VARCHAR NOT NULL, present BOOLEAN NOT NULL, working BOOLEAN NOT NULL, bait_taken BOOLEAN,
	note VARCHAR, created_at TIMESTAMP NOT NULL);
CREATE INDEX facility_inspections_facility ON facility_inspections (facility_id, inspected_at);
CREATE TABLE standing_targets (
	id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, name VARCHAR NOT NULL, every_days INTEGER NOT NULL,
	treated_on DATE, lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, zone_id VARCHAR, area_m2 DOUBLE NOT NULL,
	geometry VARCHAR NOT NULL, minx DOUBLE NOT NULL, miny DOUBLE NOT NULL, maxx DOUBLE NOT NULL,
	maxy DOUBLE NOT NULL, created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, retired_at TIMESTAMP);
`
	},
	{
		version: 11,
		name: 'campaign plans: pests, phases and targets',
		// Issue 17 part 6. Side tables, not new campaigns columns: the loader appends campaigns
		// by position. A target is a snapshot of the stop it was taken from (kind, label, place,
		// community), so a later change of the source list does not move the progress figures;
		// its id is the stop id a route plan uses, which is how a done visit counts for it.
		sql: `
CREATE TABLE campaign_pests (campaign_id VARCHAR NOT NULL, pest VARCHAR NOT NULL, PRIMARY KEY (campaign_id, pest));
CREATE TABLE campaign_phases (
	id VARCHAR PRIMARY KEY, campaign_id VARCHAR NOT NULL, name VARCHAR NOT NULL,
	from_date DATE NOT NULL, to_date DATE NOT NULL, CHECK (from_date <= to_date));
CREATE TABLE campaign_targets (
	campaign_id VARCHAR NOT NULL, target_id VARCHAR NOT NULL, target_kind VARCHAR NOT NULL,
	phase_id VARCHAR, team_id VARCHAR, zone_id VARCHAR, label VARCHAR NOT NULL,
	lng DOUBLE NOT NULL, lat DOUBLE NOT NULL, added_at TIMESTAMP NOT NULL,
	PRIMARY KEY (campaign_id, target_id));
`
	}
];

/** Applies the migrations this database has not seen; returns the versions applied. */
export async function migrate(db: Database): Promise<number[]> {
	await db.run(`CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL DEFAULT timezone('Asia/Shanghai', current_timestamp))`);
	const done = new Set(
		(await db.query<{ version: number }>('SELECT version FROM schema_migrations')).map(
			(r) => r.version
		)
	);
	const applied: number[] = [];
	for (const m of MIGRATIONS) {
		if (done.has(m.version)) continue;
		await db.transaction(async (tx) => {
			await tx.run(m.sql);
			await tx.run('INSERT INTO schema_migrations (version, name) VALUES ($version, $name)', {
				version: m.version,
				name: m.name
			});
		});
		applied.push(m.version);
	}
	return applied;
}
