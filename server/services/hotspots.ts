import { getHexagonAreaAvg } from 'h3-js';
import type { MultiPolygon, Polygon } from 'geojson';
import {
	MAX_HOTSPOT_CELLS,
	type HotspotCellQuery,
	type HotspotCellList
} from '../contract/hotspots';
import type { Database } from '../db/database';
import { nameCellsByZone } from '../domain/density/cell-names';
import { analyseHotspots } from '../domain/hotspots/analyse-hotspots';
import { assembleCountSet, assembleIndexSet, type CellSums } from '../domain/hotspots/study-set';
import { AppError, NotFoundError } from '../errors';
import { formatHotspotCellList } from '../format/hotspot-geojson';
import { buildHotspotCellsQuery, buildStudyZonesQuery } from '../queries/hotspots';
import { assertMethodOfPest } from './method-of-pest';
import { cellOwners } from '$geo/h3-study-area';
import { quoteValue } from '../contract/quote';

interface StudyZone {
	id: string;
	name: string;
	kind: string;
	geometry: string;
	areaM2: number;
}

function refuseTooManyCells(cells: number, res: number): never {
	throw new AppError(
		422,
		'too_many_cells',
		`the study area holds about ${cells} cells at res ${res}, more than ${MAX_HOTSPOT_CELLS}: choose a coarser res or one zone`,
		{ limit: MAX_HOTSPOT_CELLS, cells, res }
	);
}

/**
 * The study area's cells (centre inside), each named by the zone it lies in, and which stored
 * column places records in it.
 */
export async function loadStudyArea(db: Database, zone: string | undefined, res: number) {
	const query = buildStudyZonesQuery(zone);
	const zones = await db.query<StudyZone & Record<string, unknown>>(query.sql, query.params);
	if (zone && !zones.length) throw new NotFoundError(`no zone ${quoteValue(zone)}`);
	const estimate = Math.round(
		zones.reduce((s, z) => s + z.areaM2, 0) / getHexagonAreaAvg(res, 'm2')
	);
	// Checked before polygonToCells, which would allocate every cell of a huge area first.
	if (estimate > MAX_HOTSPOT_CELLS * 1.2) refuseTooManyCells(estimate, res);
	const owners = cellOwners(
		zones.map((z) => ({
			owner: z.name,
			geometry: JSON.parse(z.geometry) as Polygon | MultiPolygon
		})),
		res
	);
	const cover = [...owners.keys()].sort();
	// Cells named as the density rows name them: "沙头村", or "沙头村 #2" where it has several.
	const names = nameCellsByZone(cover.map((id) => ({ id, zoneName: owners.get(id) ?? null })));
	const kind = zone ? zones[0].kind : 'community';
	const zoneColumn = kind === 'grid' ? ('grid_id' as const) : ('zone_id' as const);
	const zoneIds = ['community', 'village', 'grid'].includes(kind) ? zones.map((z) => z.id) : [];
	return { cover, names, zoneColumn, zoneIds };
}

export async function methodMultiplier(
	db: Database,
	pest: string,
	method: string
): Promise<number> {
	return (await assertMethodOfPest(db, pest, method)).multiplier;
}

/**
 * `/api/hotspots`: bin the subject over the study area's H3 cells and run Gi*; the cells as ids
 * (`withCellGeometry` adds the hexagons for the GeoJSON form).
 */
export async function computeHotspots(db: Database, q: HotspotCellQuery): Promise<HotspotCellList> {
	const multiplier =
		q.subject === 'pest' ? await methodMultiplier(db, q.pest!, q.method!) : Number.NaN;
	const area = await loadStudyArea(db, q.zone, q.res);
	const sums = buildHotspotCellsQuery({ ...q, ...area });
	const rows = await db.query<CellSums & Record<string, unknown>>(sums.sql, sums.params);
	const set =
		q.subject === 'pest'
			? assembleIndexSet(area.cover, rows, multiplier)
			: assembleCountSet(area.cover, rows);
	if (set.cells.length > MAX_HOTSPOT_CELLS) refuseTooManyCells(set.cells.length, q.res);
	const analysis = analyseHotspots(set.cells, set.values, { k: q.k, fdr: q.fdr });
	return formatHotspotCellList(analysis, area.names, {
		k: q.k,
		res: q.res,
		fdr: q.fdr,
		subject: q.subject,
		zone: q.zone ?? null,
		from: q.from ?? null,
		to: q.to ?? null
	});
}
