/**
 * Request schemas of `/api/facilities` and `/api/standing-targets` (issue 17 item 5, lane D),
 * checked at the HTTP boundary. Kinds are checked against the catalogue by the service, so an
 * unknown kind is refused in the reader's language; so is an area that is no polygon.
 */
import { z } from 'zod';
import { isoDate, localDateTime } from './dates';
import { FACILITY_STATE_FILTERS, MAX_EVERY_DAYS, MAX_STANDING_TARGET_POINTS } from './facilities';
import { idField, MAX_NOTE_CHARS, nameField, numberField, textField } from './fields';

const lngField = numberField('lng', -180, 180);
const latField = numberField('lat', -90, 90);
const everyDaysField = z
	.number({ message: `everyDays must be a whole number from 1 to ${MAX_EVERY_DAYS}` })
	.int(`everyDays must be a whole number from 1 to ${MAX_EVERY_DAYS}`)
	.min(1, `everyDays must be from 1 to ${MAX_EVERY_DAYS}`)
	.max(MAX_EVERY_DAYS, `everyDays must be from 1 to ${MAX_EVERY_DAYS}`);

/** `POST /api/facilities`. */
export const createFacilityBodySchema = z.strictObject({
	kind: idField('kind', 'a facility kind code'),
	name: nameField('name'),
	unitId: idField('unitId', 'a frontage unit id').nullish(),
	owner: textField('owner', 200).trim().nullish(),
	lng: lngField,
	lat: latField,
	installedOn: isoDate('installedOn').nullish()
});
export type CreateFacilityBody = z.infer<typeof createFacilityBodySchema>;

/** `PUT /api/facilities/:id`: what changes (absent fields keep their value). */
export const updateFacilityBodySchema = z.strictObject({
	kind: idField('kind', 'a facility kind code').optional(),
	name: nameField('name').optional(),
	unitId: idField('unitId', 'a frontage unit id').nullish(),
	owner: textField('owner', 200).trim().nullish(),
	lng: lngField.optional(),
	lat: latField.optional(),
	installedOn: isoDate('installedOn').nullish(),
	status: z.enum(['active', 'removed'], { message: 'status must be active or removed' }).optional()
});
export type UpdateFacilityBody = z.infer<typeof updateFacilityBodySchema>;

/** `POST /api/facilities/:id/inspections`: what the team found. */
export const facilityInspectionBodySchema = z.strictObject({
	present: z.boolean({ message: 'present must be true or false' }),
	working: z.boolean({ message: 'working must be true or false' }),
	baitTaken: z.boolean({ message: 'baitTaken must be true, false or null' }).nullish(),
	note: textField('note', MAX_NOTE_CHARS).trim().nullish(),
	at: localDateTime('at').optional()
});
export type FacilityInspectionBody = z.infer<typeof facilityInspectionBodySchema>;

export const facilityIdParamSchema = z.strictObject({ id: idField('id', 'a facility id') });

/** `GET /api/facilities`: filters, and the day due is judged on (today unless given). */
export const facilityListQuerySchema = z.strictObject({
	kind: idField('kind', 'a facility kind code').optional(),
	zone: idField('zone', 'a community or grid id').optional(),
	state: z
		.enum(FACILITY_STATE_FILTERS, {
			message: `state must be one of ${FACILITY_STATE_FILTERS.join(', ')}`
		})
		.optional(),
	on: isoDate('on').optional()
});
export type FacilityListQuery = z.infer<typeof facilityListQuerySchema>;

const corner = z.tuple(
	[
		numberField('polygon[] lng', -180, 180, 'a longitude'),
		numberField('polygon[] lat', -90, 90, 'a latitude')
	],
	{ message: 'a corner must be [lng, lat] numbers' }
);
/** The drawn area: its corners `[lng, lat]`; the server closes the ring and checks it. */
const polygonField = z
	.array(corner, { message: 'polygon must be a list of [lng, lat] corners' })
	.max(
		MAX_STANDING_TARGET_POINTS,
		`polygon may have at most ${MAX_STANDING_TARGET_POINTS} corners`
	);

/** `POST /api/standing-targets`. */
export const createStandingTargetBodySchema = z.strictObject({
	kind: idField('kind', 'a standing target kind'),
	name: nameField('name'),
	everyDays: everyDaysField,
	polygon: polygonField,
	lastTreatedOn: isoDate('lastTreatedOn').nullish()
});
export type CreateStandingTargetBody = z.infer<typeof createStandingTargetBodySchema>;

/** `PUT /api/standing-targets/:id`. */
export const updateStandingTargetBodySchema = z.strictObject({
	kind: idField('kind', 'a standing target kind').optional(),
	name: nameField('name').optional(),
	everyDays: everyDaysField.optional(),
	polygon: polygonField.optional(),
	lastTreatedOn: isoDate('lastTreatedOn').nullish()
});
export type UpdateStandingTargetBody = z.infer<typeof updateStandingTargetBodySchema>;

export const standingTargetIdParamSchema = z.strictObject({
	id: idField('id', 'a standing target id')
});

/** `GET /api/standing-targets`. */
export const standingTargetListQuerySchema = z.strictObject({
	zone: idField('zone', 'a community or grid id').optional(),
	on: isoDate('on').optional()
});
