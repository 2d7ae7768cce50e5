/**
 * Request schemas of `/api/key-groups` (issue 16 item 1, lane A), checked at the HTTP boundary.
 * The shapes the web reads are zod-free, in key-groups.ts.
 */
import { z } from 'zod';
import { idField, nameField, wholeNumberField } from './fields';
import { MAX_AREA_POINTS, MAX_GROUP_SEGMENTS, MAX_INSPECT_EVERY_DAYS } from './key-groups';

const cadenceField = z
	.number({
		message: `inspectEveryDays must be a whole number from 1 to ${MAX_INSPECT_EVERY_DAYS}`
	})
	.int(`inspectEveryDays must be a whole number from 1 to ${MAX_INSPECT_EVERY_DAYS}`)
	.min(1, `inspectEveryDays must be from 1 to ${MAX_INSPECT_EVERY_DAYS}`)
	.max(MAX_INSPECT_EVERY_DAYS, `inspectEveryDays must be from 1 to ${MAX_INSPECT_EVERY_DAYS}`);

const segmentIdsField = z
	.array(idField('segmentIds[]', 'a road segment id'), {
		message: 'segmentIds must be a list of road segment ids'
	})
	.max(MAX_GROUP_SEGMENTS, `segmentIds must list at most ${MAX_GROUP_SEGMENTS} segments`);

const lng = z
	.number({ message: 'a corner must be [lng, lat] numbers' })
	.min(-180, 'lng must be from -180 to 180')
	.max(180, 'lng must be from -180 to 180');
const lat = z
	.number({ message: 'a corner must be [lng, lat] numbers' })
	.min(-90, 'lat must be from -90 to 90')
	.max(90, 'lat must be from -90 to 90');

/**
 * The key area: an existing zone of kind key_area, a polygon drawn on the map (its corners,
 * [lng, lat], the ring closed by the server), or null for none.
 */
const areaField = z
	.union(
		[
			z.strictObject({ zoneId: idField('area.zoneId', 'a key area zone id') }),
			z.strictObject({
				polygon: z
					.array(z.tuple([lng, lat]), { message: 'area.polygon must be a list of [lng, lat]' })
					.min(3, 'area.polygon needs at least 3 corners')
					.max(MAX_AREA_POINTS, `area.polygon may have at most ${MAX_AREA_POINTS} corners`)
			})
		],
		{ message: 'area must be {zoneId}, {polygon} or null' }
	)
	.nullable();

/** `POST /api/key-groups`: a new group. */
export const createKeyGroupBodySchema = z.strictObject({
	name: nameField('name'),
	inspectEveryDays: cadenceField.default(7),
	segmentIds: segmentIdsField.default([]),
	area: areaField.default(null)
});
export type CreateKeyGroupBody = z.infer<typeof createKeyGroupBodySchema>;

/** `PUT /api/key-groups/:id`: what changes (absent fields keep their value). */
export const updateKeyGroupBodySchema = z.strictObject({
	name: nameField('name').optional(),
	inspectEveryDays: cadenceField.optional(),
	segmentIds: segmentIdsField.optional(),
	area: areaField.optional(),
	sortOrder: wholeNumberField('sortOrder', 0, 10_000).optional()
});
export type UpdateKeyGroupBody = z.infer<typeof updateKeyGroupBodySchema>;

export const keyGroupIdParamSchema = z.strictObject({ id: idField('id', 'a key group id') });
