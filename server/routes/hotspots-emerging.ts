import { Hono } from 'hono';
import {
	emergingQuerySchema,
	MAX_HOTSPOT_CELLS,
	type EmergingQuery,
	type EmergingResponse
} from '../contract/hotspots';
import type { Database } from '../db/database';
import { analyseEmerging } from '../domain/emerging/analyse-emerging';
import {
	listSlices,
	MAX_EMERGING_SLICES,
	MIN_RELIABLE_SLICES,
	MIN_SLICES
} from '../domain/emerging/slices';
import { AppError, BadRequestError } from '../errors';
import { buildHotspotCellsQuery } from '../queries/hotspots';
import { formatCellPolygon } from '$geo/h3-cells';
import { loadStudyArea, methodMultiplier } from './hotspots-compute';
import { validate } from './validation';

type CellRow = { cell: string; value?: number; count?: number; effort?: number; inside: boolean };

const DATA_RANGE_SQL = {
	pest: `SELECT strftime(min(surveyed_at), '%Y-%m-%d') AS "from", strftime(max(surveyed_at), '%Y-%m-%d') AS "to" FROM surveys WHERE pest = $pest`,
	reports: `SELECT strftime(min(reported_at), '%Y-%m-%d') AS "from", strftime(max(reported_at), '%Y-%m-%d') AS "to" FROM blind_spots`
};

async function computeEmerging(db: Database, q: EmergingQuery): Promise<EmergingResponse> {
	const isPest = q.subject === 'pest';
	const multiplier = isPest ? await methodMultiplier(db, q.pest!, q.method!) : 1;
	const [range] = await db.query<{ from: string | null; to: string | null }>(
		isPest ? DATA_RANGE_SQL.pest : DATA_RANGE_SQL.reports,
		isPest ? { pest: q.pest! } : {}
	);
	const from = q.from ?? range.from;
	const to = q.to ?? range.to;
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
	const area = await loadStudyArea(db, q.zone, q.res);
	const perSlice: Map<string, CellRow>[] = [];
	for (const s of slices) {
		const query = buildHotspotCellsQuery({ ...q, ...area, from: s.from, to: s.to });
		perSlice.push(
			new Map(
				(await db.query<CellRow & Record<string, unknown>>(query.sql, query.params)).map((r) => [
					r.cell,
					r
				])
			)
		);
	}
	// One fixed set of cells for every slice: counts over the study area (empty cells are
	// zeros); an index only where every slice surveyed the cell (no effort is no data).
	const cover = new Set(area.cover);
	let cells: string[];
	if (isPest) {
		cells = [...perSlice[0].keys()].filter(
			(c) =>
				(cover.has(c) || perSlice[0].get(c)!.inside) &&
				perSlice.every((m) => (m.get(c)?.effort ?? 0) > 0)
		);
		if (!cells.length)
			throw new BadRequestError(
				'no cell was surveyed in every slice: choose slices within the survey season (e.g. from=2023-04-01&to=2025-11-30 with slice=season)'
			);
	} else {
		const inside = perSlice.flatMap((m) =>
			[...m.values()].filter((r) => r.inside).map((r) => r.cell)
		);
		cells = [...new Set([...area.cover, ...inside])];
	}
	cells.sort();
	if (cells.length > MAX_HOTSPOT_CELLS)
		throw new AppError(
			422,
			'too_many_cells',
			`more than ${MAX_HOTSPOT_CELLS} cells: choose a coarser res or one zone`,
			{ limit: MAX_HOTSPOT_CELLS }
		);
	const values = perSlice.map((m) =>
		Float64Array.from(cells, (c) => {
			const r = m.get(c);
			if (!r) return 0;
			return isPest ? ((r.count ?? 0) / r.effort!) * multiplier : (r.value ?? 0);
		})
	);
	const analysed = analyseEmerging(cells, values, { k: q.k, fdr: q.fdr });
	return {
		type: 'FeatureCollection' as const,
		features: analysed.map((properties) => ({
			type: 'Feature' as const,
			geometry: formatCellPolygon(properties.h3),
			properties
		})),
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

/** `GET /api/hotspots/emerging`: Esri-style emerging hot spots per H3 cell. */
export function createEmergingRoutes(db: Database) {
	return new Hono().get('/', validate('query', emergingQuerySchema), async (c) =>
		c.json(await computeEmerging(db, c.req.valid('query')))
	);
}
