/** SQL of the case loop's settings: holiday-calendar edits, admin settings, idempotency keys. */

export const CALENDAR_YEARS_SQL = `SELECT year, data FROM holiday_calendars ORDER BY year`;
export const CALENDAR_YEAR_SQL = `SELECT data FROM holiday_calendars WHERE year = $year`;
export const UPSERT_CALENDAR_YEAR_SQL = `INSERT INTO holiday_calendars (year, data, updated_at, updated_by)
	VALUES ($year, $data, timezone('Asia/Shanghai', current_timestamp), $by)
	ON CONFLICT (year) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at,
	updated_by = excluded.updated_by`;

export const SETTING_SQL = `SELECT value FROM settings WHERE key = $key`;
export const UPSERT_SETTING_SQL = `INSERT INTO settings (key, value, updated_at, updated_by)
	VALUES ($key, $value, timezone('Asia/Shanghai', current_timestamp), $by)
	ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
	updated_by = excluded.updated_by`;
export const DELETE_SETTING_SQL = `DELETE FROM settings WHERE key = $key`;

export const IDEMPOTENT_RESPONSE_SQL = `SELECT status, response FROM idempotency_keys
	WHERE username = $username AND key = $key`;
export const INSERT_IDEMPOTENT_RESPONSE_SQL = `INSERT INTO idempotency_keys (username, key, status, response, created_at)
	VALUES ($username, $key, $status, $response, timezone('Asia/Shanghai', current_timestamp))`;
