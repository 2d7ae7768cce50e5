import type { Geometry } from 'geojson';
import type { LayerId } from '../contract/layers';
import type { OgcItemsQuery } from '../contract/ogc';
import type { Database, Row } from '../db/database';
import {
	buildBboxCandidatesQuery,
	buildOgcItemQuery,
	buildOgcItemsQueries,
	OGC_EXTENT_SQL
} from '../queries/ogc-items';
import { geometryIntersectsBbox } from '$geo/geometry-intersects-bbox';
import type { Bbox } from '$geo/bbox';
import { loadCalendar } from './case-calendar';
import { withCaseDeadlines } from './layers';

/** A collection's spatial and temporal extent, from its data; null when it is empty. */
export async function loadCollectionExtent(db: Database, id: LayerId) {
	const [e] = await db.query<{
		w: number | null;
		s: number;
		e: number;
		n: number;
		t0: string | null;
		t1: string | null;
	}>(OGC_EXTENT_SQL[id]);
	return {
		bbox: e.w === null ? null : ([e.w, e.s, e.e, e.n] as Bbox),
		interval: e.t0 && e.t1 ? ([e.t0, e.t1] as [string, string]) : null
	};
}

/** Ids of lines or polygons that really intersect a bbox (the SQL test compares envelopes). */
async function exactBboxIds(
	db: Database,
	layer: LayerId,
	bbox: Bbox
): Promise<string[] | undefined> {
	if (layer !== 'zones' && layer !== 'roads') return undefined;
	const { sql, params } = buildBboxCandidatesQuery(layer, bbox);
	const rows = await db.query<{ id: string; geometry: string }>(sql, params);
	return rows
		.filter((r) => geometryIntersectsBbox(JSON.parse(r.geometry) as Geometry, bbox))
		.map((r) => r.id);
}

/** One page of a collection's items, read chunk by chunk, and how many match in all. */
export interface ItemsPage {
	matched: number;
	/** The page's rows in DuckDB's chunks; blind spots carry their deadline as of the request. */
	chunks(): AsyncGenerator<Row[]>;
	/** Gives the connection back when the rows are not read to the end (a client hung up). */
	close(): Promise<void>;
}

/**
 * Opens one page of a collection's items. The count (count(*) over the filtered layer) runs
 * beside the first chunk; the rows then stream from DuckDB as the response is written.
 */
export async function openItemsPage(
	db: Database,
	layer: LayerId,
	q: OgcItemsQuery,
	now: Date = new Date()
): Promise<ItemsPage> {
	const ids = q.bbox ? await exactBboxIds(db, layer, q.bbox) : undefined;
	const { items, count } = buildOgcItemsQueries(
		layer,
		{ bbox: q.bbox, datetime: q.datetime, ids },
		q
	);
	const calendar = layer === 'blindspots' ? await loadCalendar(db) : null;
	const stream = db.stream(items.sql, items.params);
	const close = async () => void (await stream.return(undefined));
	// The first chunk is read now, so that an SQL error answers as an error, not a cut 200.
	const [counted, head] = await Promise.allSettled([
		db.query<{ n: number }>(count.sql, count.params),
		stream.next()
	]);
	if (counted.status === 'rejected' || head.status === 'rejected') {
		await close();
		throw counted.status === 'rejected' ? counted.reason : (head as PromiseRejectedResult).reason;
	}
	const first = head.value;
	const deadlines = (rows: Row[]) => (calendar ? withCaseDeadlines(rows, now, calendar) : rows);
	return {
		matched: counted.value[0].n,
		close,
		async *chunks() {
			try {
				if (first.done) return;
				yield deadlines(first.value);
				for await (const rows of stream) yield deadlines(rows);
			} finally {
				await close();
			}
		}
	};
}

/** The rows of one feature by id (none when there is no such feature). */
export async function loadItem(
	db: Database,
	layer: LayerId,
	fid: string,
	now: Date = new Date()
): Promise<Row[]> {
	const { sql, params } = buildOgcItemQuery(layer, fid);
	return withDeadlines(db, layer, await db.query(sql, params), now);
}

/** Blind spots are cases (issue 14): their items carry the deadline as of the request. */
async function withDeadlines(db: Database, layer: LayerId, rows: Row[], now: Date) {
	return layer === 'blindspots' ? withCaseDeadlines(rows, now, await loadCalendar(db)) : rows;
}
