import { centroid, polygon } from '@turf/turf';
import { DATA_WRITES } from '../contract/audit-actions';
import {
	MAX_VOLUNTEER_ACTIVITIES,
	MAX_VOLUNTEER_PHOTOS,
	type VolunteerActivityBody
} from '../contract/patrol-report-requests';
import type { VolunteerActivityView, VolunteerKind, VolunteerPlace } from '../contract/patrols';
import type { VolunteerCommunityCount } from '../contract/scorecards';
import type { Database } from '../db/database';
import { BadRequestError, ForbiddenError } from '../errors';
import {
	AREA_CTE,
	COMMUNITIES_SQL,
	INSERT_VOLUNTEER_ACTIVITY_SQL,
	VOLUNTEER_ACTIVITIES_SQL
} from '../queries/patrol-coverage';
import type { Actor } from './actor';
import { areaOf } from './area-scope';
import { recordAudit } from './audit';
import { readPhotoParts } from './photo-parts';
import { deletePhotos } from './photos';
import { loadZoneEnricher } from './spray-plan-stops';

interface ActivityRow extends Record<string, unknown> {
	id: string;
	team: string;
	kind: string;
	place: string;
	heldOn: string;
	people: number;
	zoneId: string | null;
	area: string | null;
	lng: number;
	lat: number;
	work: string;
	photoIds: string;
	createdBy: string;
}

const toView = (r: ActivityRow): VolunteerActivityView => ({
	id: r.id,
	team: r.team,
	kind: r.kind as VolunteerKind,
	place: r.place as VolunteerPlace,
	heldOn: r.heldOn,
	people: Number(r.people),
	zoneId: r.zoneId,
	area: r.area ? JSON.parse(r.area) : null,
	lng: r.lng,
	lat: r.lat,
	work: r.work,
	photoIds: r.photoIds ? r.photoIds.split(',') : [],
	createdBy: r.createdBy
});

/** Activities between two days (both included) in the actor's area, and their counts per community. */
export async function listVolunteerActivities(
	db: Database,
	actor: Actor,
	from: string,
	to: string
): Promise<{ activities: VolunteerActivityView[]; byCommunity: VolunteerCommunityCount[] }> {
	const area = areaOf(actor);
	const rows = await db.query<ActivityRow>(VOLUNTEER_ACTIVITIES_SQL, {
		area: area ? JSON.stringify(area) : null,
		from,
		to,
		cap: MAX_VOLUNTEER_ACTIVITIES
	});
	const names = new Map(
		(await db.query<{ id: string; name: string }>(COMMUNITIES_SQL)).map((z) => [z.id, z.name])
	);
	const counts = new Map<string | null, VolunteerCommunityCount>();
	const activities = rows.map(toView);
	for (const a of activities) {
		const c = counts.get(a.zoneId) ?? {
			zoneId: a.zoneId,
			zoneName: a.zoneId ? (names.get(a.zoneId) ?? a.zoneId) : null,
			activities: 0,
			people: 0,
			cleanup: 0,
			spraying: 0
		};
		c.activities++;
		c.people += a.people;
		c[a.kind]++;
		counts.set(a.zoneId, c);
	}
	return { activities, byCommunity: [...counts.values()] };
}

/**
 * Logs a volunteer clean-up or spraying. The place is the drawn area's centroid, or the
 * point given; its community is found from the zones. An area-bound role logs only inside
 * its own area (403 elsewhere).
 */
export async function createVolunteerActivity(
	db: Database,
	actor: Actor,
	body: VolunteerActivityBody,
	photoIds: readonly string[] = []
): Promise<VolunteerActivityView> {
	let lng = body.lng;
	let lat = body.lat;
	if (body.area) {
		const ring = body.area.coordinates[0];
		const [f, l] = [ring[0], ring[ring.length - 1]];
		if (f[0] !== l[0] || f[1] !== l[1])
			throw new BadRequestError('the area must be closed: its last point repeats its first');
		[lng, lat] = centroid(polygon(body.area.coordinates)).geometry.coordinates;
	}
	const enrich = await loadZoneEnricher(db);
	const at = enrich(lng!, lat!);
	const area = areaOf(actor);
	if (area) {
		const inside = await db.query(`${AREA_CTE} SELECT 1 FROM area WHERE id IN ($zone, $grid)`, {
			area: JSON.stringify(area),
			zone: at.zoneId ?? '',
			grid: at.gridId ?? ''
		});
		if (!inside.length) throw new ForbiddenError('this place is outside your area');
	}
	const row = {
		id: crypto.randomUUID(),
		team: body.team,
		kind: body.kind,
		place: body.place,
		heldOn: body.heldOn,
		people: body.people,
		zoneId: at.zoneId,
		area: body.area ? JSON.stringify(body.area) : null,
		lng: lng!,
		lat: lat!,
		work: body.work,
		photoIds: photoIds.join(','),
		createdBy: actor.username
	};
	return db.transaction(async (tx) => {
		await tx.run(INSERT_VOLUNTEER_ACTIVITY_SQL, row);
		await recordAudit(tx, actor, {
			...DATA_WRITES.volunteerActivityCreate,
			entityId: row.id,
			after: row
		});
		return toView(row);
	});
}

/**
 * An activity sent as multipart/form-data with 0–MAX_VOLUNTEER_PHOTOS `photos` files (issue
 * 15 item 5): the body has been read already, so a bad field is refused before any photo is
 * looked at; every photo is then checked before any is stored (readPhotoParts), and an
 * activity refused after that (outside the actor's area) deletes its photos again.
 */
export async function createVolunteerActivityWithPhotos(
	db: Database,
	actor: Actor,
	body: VolunteerActivityBody,
	form: FormData,
	photosDir: string
): Promise<VolunteerActivityView> {
	const stored = await readPhotoParts(form, {
		root: photosDir,
		field: 'photos',
		min: 0,
		max: MAX_VOLUNTEER_PHOTOS
	});
	const ids = stored.map((p) => p.id);
	try {
		return await createVolunteerActivity(db, actor, body, ids);
	} catch (error) {
		await deletePhotos(photosDir, ids);
		throw error;
	}
}
