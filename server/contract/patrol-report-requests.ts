import { z } from 'zod';
import { isoDate } from './dates';
import { MAX_NOTE_CHARS, nameField, numberField, textField } from './fields';
import { VOLUNTEER_KINDS, VOLUNTEER_PLACES } from './patrols';

/** Most corners a drawn volunteer area may have (a hand-drawn block needs a few dozen). */
export const MAX_AREA_VERTICES = 500;
/** Most people a volunteer activity may list (a town-wide clean-up day is a few hundred). */
export const MAX_VOLUNTEER_PEOPLE = 10_000;
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
