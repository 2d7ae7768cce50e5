import type { EmergingResponse } from '../contract/hotspots';
import { MAX_HOTSPOT_CELLS, type EmergingQuery } from '../contract/hotspots';
import type { Database } from '../db/database';
import {
	listSlices,
	MAX_EMERGING_SLICES,
	MIN_RELIABLE_SLICES,
	MIN_SLICES
} from '../domain/emerging/slices';
import {
	assembleSliceCountSets,
	assembleSliceIndexSets,
	type CellSums
} from '../domain/hotspots/study-set';
import type { Period } from '../domain/periods/parse-period';
import { AppError, BadRequestError } from '../errors';
import { buildHotspotCellsQuery, buildSubjectDateRangeQuery } from '../queries/hotspots';
import type { WorkerPool } from '../workers/worker-pool';
import { loadStudyArea, methodMultiplier } from './hotspots';

/** The query's whole slices; too few for the trend test is a 400, too many a 422. */
async function loadSlices(db: Database, q: EmergingQuery): Promise<Period[]> {
	const range = buildSubjectDateRangeQuery(q.subject, q.pest);
	const [data] = await db.query<{ from: string | null; to: string | null }>(
		range.sql,
		range.params
	);
	const from = q.from ?? data.from;
	const to = q.to ?? data.to;
	if (!from || !to) throw new BadRequestError('there are no records to analyse for this subject');
	const slices = listSlices(from, to, q.slice);
	if (slices.length < MIN_SLICES) {
		throw new BadRequestError(
			`from..to (${from}..${to}) holds ${slices.length} whole ${q.slice} slices; the trend test needs at least ${MIN_SLICES}`
		);
	}
	if (slices.length > MAX_EMERGING_SLICES) {
		throw new AppError(
			422,
			'too_many_slices',
			`from..to holds more than ${MAX_EMERGING_SLICES} ${q.slice} slices: narrow the window or use season slices`,
			{ limit: MAX_EMERGING_SLICES }
		);
	}
	return slices;
}

/**
 * `/api/hotspots/emerging`: Esri-style emerging hot spots per H3 cell over time slices; the
 * Gi* and trend analysis and the cell outlines are computed in a worker thread.
 */
export async function computeEmerging(
	db: Database,
	q: EmergingQuery,
	work: WorkerPool
): Promise<EmergingResponse> {
	const isPest = q.subject === 'pest';
	const multiplier = isPest ? await methodMultiplier(db, q.pest!, q.method!) : 1;
	const slices = await loadSlices(db, q);
	const area = await loadStudyArea(db, q.zone, q.res);
	const perSlice: CellSums[][] = [];
	for (const s of slices) {
		const query = buildHotspotCellsQuery({ ...q, ...area, from: s.from, to: s.to });
		perSlice.push(await db.query<CellSums & Record<string, unknown>>(query.sql, query.params));
	}
	const { cells, values } = isPest
		? assembleSliceIndexSets(area.cover, perSlice, multiplier)
		: assembleSliceCountSets(area.cover, perSlice);
	if (isPest && !cells.length)
		throw new BadRequestError(
			'no cell was surveyed in every slice: choose slices within the survey season (e.g. from=2023-04-01&to=2025-11-30 with slice=season)'
		);
	if (cells.length > MAX_HOTSPOT_CELLS)
		throw new AppError(
			422,
			'too_many_cells',
			`more than ${MAX_HOTSPOT_CELLS} cells: choose a coarser res or one zone`,
			{ limit: MAX_HOTSPOT_CELLS }
		);
	const features = await work.run('emergingFeatures', {
		cells: [...cells],
		values: [...values],
		options: { k: q.k, fdr: q.fdr }
	});
	return {
		type: 'FeatureCollection' as const,
		features,
		meta: {
			cells: cells.length,
			slices: slices.map((s) => s.id),
			slice: q.slice,
			k: q.k,
			res: q.res,
			fdr: q.fdr,
			subject: q.subject,
			warning:
				slices.length < MIN_RELIABLE_SLICES
					? {
							code: 'few_slices',
							message: `only ${slices.length} slices: the trend test needs at least ${MIN_RELIABLE_SLICES} to be reliable`
						}
					: null
		}
	};
}
