/**
 * Requests of the daily frontage check (issue 15 item 3): patrols, their track batches and
 * the checks made on them. Zod schemas checked at the HTTP boundary; the web derives types.
 */
import { z } from 'zod';
import { localDateTime } from './dates';
import { bboxField, idField, MAX_NOTE_CHARS, textField, wholeNumberField } from './fields';
import {
	CHECK_MEASURES,
	CHECK_RESULTS,
	FRONTAGE_ITEM_CODES,
	MAX_CHECK_PHOTOS,
	ORDER_DEADLINE_CODES
} from './frontage';
import { MAX_PATROLS_PER_LIST, MAX_POINTS_PER_BATCH, PATROL_KINDS } from './patrols';

const lng = z.number({ message: 'lng must be a number' }).min(-180).max(180);
const lat = z.number({ message: 'lat must be a number' }).min(-90).max(90);

/** A patrol id the phone may choose itself (so points made offline can name it): `P` + 6–60 safe characters. */
const patrolId = (field: string) =>
	z
		.string({ message: `${field} must be a patrol id` })
		.max(64, `${field} must be at most 64 characters`)
		.regex(/^P[A-Za-z0-9-]{6,60}$/, `${field} must be P followed by 6–60 letters, digits or -`);

export const startPatrolBodySchema = z.strictObject({
	kind: z.enum(PATROL_KINDS, { message: `kind must be ${PATROL_KINDS.join(' or ')}` }),
	/** Chosen by the phone when it starts offline; the server makes one otherwise. */
	id: patrolId('id').optional(),
	/** When the patrol began on the phone (local time); now by default. */
	started_at: localDateTime('started_at').optional()
});
export type StartPatrolBody = z.infer<typeof startPatrolBodySchema>;

export const patrolIdParamSchema = z.strictObject({ id: idField('id', 'a patrol id') });

export const trackPointSchema = z.strictObject({
	/** The phone's own counter: a point sent twice (same seq) is kept once. */
	seq: z
		.number({ message: 'seq must be a number' })
		.int('seq must be a whole number')
		.min(0)
		.max(1_000_000),
	at: localDateTime('at'),
	lng,
	lat,
	accuracy_m: z.number({ message: 'accuracy_m must be a number' }).min(0).max(100_000).optional()
});

export const trackBatchBodySchema = z.strictObject({
	points: z
		.array(trackPointSchema)
		.min(1, 'points must hold at least one point')
		.max(MAX_POINTS_PER_BATCH, `points may hold at most ${MAX_POINTS_PER_BATCH} points`)
});
export type TrackBatchBody = z.infer<typeof trackBatchBodySchema>;

export const endPatrolBodySchema = z.strictObject({
	ended_at: localDateTime('ended_at').optional()
});

export const listPatrolsQuerySchema = z.strictObject({
	/** Office roles may name a user; patrols and grid staff always get their own. */
	user: textField('user', 100).optional(),
	limit: wholeNumberField('limit', 1, MAX_PATROLS_PER_LIST).default(50)
});

export const unitIdParamSchema = z.strictObject({
	unitId: idField('unitId', 'a frontage unit id')
});

/** `POST /api/frontage/{unitId}/checks` (JSON; a form sends the same fields and `photos` files). */
export const recordCheckBodySchema = z.strictObject({
	result: z.enum(CHECK_RESULTS, { message: 'result must be pass or fail' }),
	items: z
		.array(
			z.enum(FRONTAGE_ITEM_CODES as [string, ...string[]], {
				message: `items[] must be one of ${FRONTAGE_ITEM_CODES.join(', ')}`
			})
		)
		.max(FRONTAGE_ITEM_CODES.length)
		.optional(),
	note: textField('note', MAX_NOTE_CHARS).optional(),
	measure: z.enum(CHECK_MEASURES, { message: 'measure must be warn or order' }).optional(),
	deadline: z
		.enum(ORDER_DEADLINE_CODES as [string, ...string[]], {
			message: `deadline must be one of ${ORDER_DEADLINE_CODES.join(', ')}`
		})
		.optional(),
	patrol_id: idField('patrol_id', 'a patrol id').optional(),
	/** When the check was made on the phone (local time); now by default. */
	checked_at: localDateTime('checked_at').optional(),
	lng: lng.optional(),
	lat: lat.optional(),
	/** Photo ids stored by the photos module (a form sends the files instead). */
	photos: z
		.array(idField('photos[]', 'a photo id'))
		.max(MAX_CHECK_PHOTOS, `photos may name at most ${MAX_CHECK_PHOTOS} photos`)
		.optional()
});
export type RecordCheckBody = z.infer<typeof recordCheckBodySchema>;
