/** One line of an audit entry's change: a field, its value before and after. */
export interface ChangeLine {
	field: string;
	before: string | null;
	after: string | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A value as a clerk reads it: text as is, lists joined with 、, objects as compact JSON. */
export function formatValue(value: unknown): string | null {
	if (value === null || value === undefined) return null;
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null))
		return value.map((v) => String(v)).join('、');
	return JSON.stringify(value);
}

/**
 * The fields an audit entry changed. Two objects: only the fields that differ, in the order
 * they first appear. Anything else (a created or deleted record, a scalar): one line with
 * field "" holding each side whole, or one line per field of the side that exists.
 */
export function describeChanges(before: unknown, after: unknown): ChangeLine[] {
	if (isRecord(before) && isRecord(after)) {
		const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
		return fields
			.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]))
			.map((field) => ({
				field,
				before: formatValue(before[field]),
				after: formatValue(after[field])
			}));
	}
	const absent = (v: unknown) => v === null || v === undefined;
	// A record created (no before) or deleted (no after): each of its fields on one side.
	if (absent(before) && isRecord(after))
		return Object.entries(after).map(([field, v]) => ({
			field,
			before: null,
			after: formatValue(v)
		}));
	if (absent(after) && isRecord(before))
		return Object.entries(before).map(([field, v]) => ({
			field,
			before: formatValue(v),
			after: null
		}));
	if (absent(before) && absent(after)) return [];
	return [{ field: '', before: formatValue(before), after: formatValue(after) }];
}
