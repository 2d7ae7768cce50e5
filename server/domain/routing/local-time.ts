import { LOCAL_UTC_OFFSET_H } from '../../contract/ogc';

/**
 * A moment as the clerks' ledgers write it: Asia/Shanghai wall time, no offset
 * (`2024-05-10T08:30:00`), whatever the time zone of the server process.
 */
export function formatLocalTime(at: Date): string {
	return new Date(at.getTime() + LOCAL_UTC_OFFSET_H * 3_600_000).toISOString().slice(0, 19);
}
