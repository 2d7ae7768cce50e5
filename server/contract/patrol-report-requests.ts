import { z } from 'zod';
import { isoDate } from './dates';
import { MAX_NOTE_CHARS, nameField, numberField, textField } from './fields';
import { MAX_CHECK_PHOTOS } from './frontage';
import { VOLUNTEER_KINDS, VOLUNTEER_PLACES } from './patrols';

/** Most corners a drawn volunteer area may have (a hand-drawn block needs a few dozen). */
export const MAX_AREA_VERTICES = 500;
/** Most people a volunteer activity may list (a town-wide clean-up day is a few hundred). */
export const MAX_VOLUNTEER_PEOPLE = 10_000;
/**
 * Most photos one volunteer activity carries: the same as a frontage check's (both are a
 * phone's handful of pictures of the place, sent as `photos` parts of one multipart form).
 */
export const MAX_VOLUNTEER_PHOTOS = MAX_CHECK_PHOTOS;
/** Most activities one list answers with. */
export const MAX_VOLUNTEER_ACTIVITIES = 2_000;

/** `GET /api/patrols/coverage?period=day|week&date=YYYY-MM-DD` (date: any day of the week). */
export const coverageQuerySchema = z.object({
	period: z.enum(['day', 'week'], { message: 'period must be day or week' }).default('week'),
	date: isoDate('date').optional()
});

/** `GET /api/scorecards?month=YYYY-MM`. */
export const scorecardQuerySchema = z.object({
	month: z
		.string({ message: 'month must be written YYYY-MM' })
		.max(7, 'month must be written YYYY-MM')
		.regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/, 'month must be written YYYY-MM')
		.optional()
});

export const volunteerListQuerySchema = z.object({
	from: isoDate('from').optional(),
	to: isoDate('to').optional()
});

const lng = numberField('lng', -180, 180, 'a longitude');
const lat = numberField('lat', -90, 90, 'a latitude');

/** `POST /api/volunteer-activities`: the place is a drawn polygon, or a point when none is drawn. */
export const volunteerActivityBodySchema = z
	.object({
		team: nameField('team'),
		kind: z.enum(VOLUNTEER_KINDS, { message: `kind must be one of ${VOLUNTEER_KINDS.join(', ')}` }),
		place: z.enum(VOLUNTEER_PLACES, {
			message: `place must be one of ${VOLUNTEER_PLACES.join(', ')}`
		}),
		heldOn: isoDate('heldOn'),
		people: numberField('people', 1, MAX_VOLUNTEER_PEOPLE).int('people must be a whole number'),
		work: textField('work', MAX_NOTE_CHARS).trim().min(1, 'work must say what was done'),
		lng: lng.optional(),
		lat: lat.optional(),
		area: z
			.object({
				type: z.literal('Polygon', { message: 'area must be a GeoJSON Polygon' }),
				coordinates: z
					.array(
						z
							.array(z.tuple([lng, lat]), { message: 'area ring must be a list of [lng, lat]' })
							.min(4, 'area ring needs at least 4 points')
							.max(MAX_AREA_VERTICES, `area ring must have at most ${MAX_AREA_VERTICES} points`)
					)
					.min(1, 'area needs an outer ring')
					.max(1, 'area must be one ring (no holes)')
			})
			.optional()
	})
	.refine((b) => b.area !== undefined || (b.lng !== undefined && b.lat !== undefined), {
		message: 'give the area drawn, or lng and lat of the place',
		path: ['area']
	});
export type VolunteerActivityBody = z.infer<typeof volunteerActivityBodySchema>;

/**
 * The text fields of a multipart activity (sent with `photos` files): each reads as the JSON
 * body would, numbers from text and the drawn `area` as its GeoJSON text. Throws the zod
 * error of the JSON schema, so a bad field reads the same either way.
 */
export function volunteerActivityFormFields(form: FormData): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, value] of form) {
		if (name === 'photos' || typeof value !== 'string') continue;
		out[name] = value;
	}
	for (const k of ['lng', 'lat', 'people'] as const) {
		const v = out[k];
		if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) out[k] = Number(v);
	}
	if (typeof out.area === 'string') {
		try {
			out.area = out.area.trim() === '' ? undefined : JSON.parse(out.area);
		} catch {
			// Left as text: the schema then says area must be a GeoJSON Polygon.
		}
	}
	return out;
}
