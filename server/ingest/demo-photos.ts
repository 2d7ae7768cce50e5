/**
 * Drawn before/after photos for a sample of the demo town's closed cases (issue 14 item 12),
 * saved into the photos folder and linked to their cases. Drawing takes a few seconds, so it
 * runs after start-up, not in the seeding transaction; a demo database whose cases link no
 * photo yet (a start stopped half-way, or a folder added later) gets them on the next start.
 */
import type { Database } from '../db/database';
import { demoPhoto } from '../demo-town/photos/demo-photo';
import { INSERT_LINK_SQL } from '../queries/cases';
import { DEMO_PHOTO_CANDIDATES_SQL, PHOTO_LINK_COUNT_SQL } from '../queries/demo-cases';
import { isSyntheticDataset } from '../services/account-records';
import { deletePhotos, savePhoto } from '../services/photos';

/** Closed cases that get a drawn before and after photo (two photos each). */
export const DEMO_PHOTO_CASES = 40;
/** Photos drawn at once: sharp renders on libuv's threads, and the machine may have two cores. */
const PHOTO_CONCURRENCY = 2;

type Candidate = {
	id: string;
	reportedAt: string;
	handledAt: string;
	lng: number;
	lat: number;
};

/** Draws the sample's photos unless the data set is not the demo or links photos already. */
export async function ensureDemoPhotos(db: Database, root: string, seed = 1): Promise<number> {
	if (!(await isSyntheticDataset(db))) return 0;
	const [{ n }] = await db.query<{ n: number }>(PHOTO_LINK_COUNT_SQL);
	if (n > 0) return 0;
	const recent = await db.query<Candidate>(DEMO_PHOTO_CANDIDATES_SQL, {
		limit: DEMO_PHOTO_CASES * 3
	});
	// Every third of the last closed cases, so the photos are of recent work across the town.
	const sample = recent.filter((_, i) => i % 3 === 0).slice(0, DEMO_PHOTO_CASES);
	const jobs = sample.flatMap((c, k) =>
		(['before', 'after'] as const).map((kind) => ({
			c,
			kind,
			k,
			at: kind === 'before' ? c.reportedAt : c.handledAt
		}))
	);
	const ids: string[] = [];
	try {
		for (let i = 0; i < jobs.length; i += PHOTO_CONCURRENCY) {
			const batch = jobs.slice(i, i + PHOTO_CONCURRENCY);
			const saved = await Promise.all(
				batch.map(async (job) => {
					const label = `${job.c.id}\n${job.at.slice(0, 16).replace('T', ' ')}`;
					const bytes = await demoPhoto(job.kind, seed * 10_000 + job.k, label, {
						lngLat: [job.c.lng, job.c.lat],
						takenAt: job.at
					});
					return savePhoto(bytes, { root, name: `${job.c.id}-${job.kind}.jpg` });
				})
			);
			ids.push(...saved.map((s) => s.id));
		}
		await db.transaction(async (tx) => {
			for (const [i, job] of jobs.entries())
				await tx.run(INSERT_LINK_SQL, { id: job.c.id, kind: 'photo', ref: ids[i], at: job.at });
		});
	} catch (error) {
		await deletePhotos(root, ids);
		throw error;
	}
	return ids.length;
}
