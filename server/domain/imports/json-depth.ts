/**
 * How deep arrays and objects may nest in uploaded JSON (a GeoJSON file, or geometry text in
 * a cell). A MultiPolygon's coordinates sit 7 levels into a FeatureCollection and properties
 * are flat in practice; 64 leaves room. A property nested 20,000 deep once overflowed the
 * stack (a 500) after parsing.
 */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether JSON text nests arrays and objects deeper than `limit`, by one scan that skips
 * strings; checked before `JSON.parse` so nothing recursive ever sees such a value.
 */
export function nestsDeeperThan(text: string, limit = MAX_JSON_DEPTH): boolean {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		if (inString) {
			if (ch === 0x5c) i++;
			else if (ch === 0x22) inString = false;
		} else if (ch === 0x22) inString = true;
		else if (ch === 0x7b || ch === 0x5b) {
			if (++depth > limit) return true;
		} else if (ch === 0x7d || ch === 0x5d) depth--;
	}
	return false;
}
