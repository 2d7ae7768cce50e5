import type { Database } from '../db/database';
import type { ImportCatalogues } from '../domain/imports/build-records';
import { catalogueWords, createCodeLookup } from '../domain/imports/code-lookups';
import type { DensityCatalogue } from '../domain/density/assess-pests';
import type { IssueNames } from '../domain/imports/issue-words';
import {
	ACTIVE_THRESHOLDS_SQL,
	SURVEY_METHODS_SQL,
	toDensityCatalogue
} from '../queries/catalogues';
import { BLIND_SPOT_CATEGORIES_SQL } from '../queries/imports';
import type { WorkingCalendar } from '../domain/calendar/working-calendar';
import { loadCalendar } from '../services/case-calendar';

type Row = Record<string, unknown>;
import type { ImportKind } from '../domain/imports/import-fields';
import { createPlaceLookup, type PlaceRow } from '../domain/imports/place-lookup';

/** The catalogue tables' rows an import is checked against, as plain data for a worker. */
export interface ImportCatalogueRows {
	methods: Row[];
	thresholds: Row[];
	categories: { code: string; nameZh: string; nameEn: string; deadlineHours: number }[];
	/** The holiday calendar deadlines count on (Sets clone to a worker as they are). */
	calendar?: WorkingCalendar;
	/** Zones, segments, roads and frontage units a responsibility ledger may name. */
	places?: PlaceRow[];
}

/** Every place a ledger row may name, by id and name (issue 15 item 1). */
const PLACES_SQL = `SELECT 'zone' AS kind, id, name FROM zones
	UNION ALL SELECT 'segment', id, name FROM road_segments
	UNION ALL SELECT DISTINCT 'road', road_id, name FROM road_segments
	UNION ALL SELECT 'frontage', id, name FROM frontage_units WHERE retired_at IS NULL`;

/** Method and category rows as the catalogue tables hold them now (they are editable). */
export async function loadImportCatalogueRows(
	db: Database,
	kind?: ImportKind
): Promise<ImportCatalogueRows> {
	return {
		...(kind === 'responsibility'
			? { places: await db.query<PlaceRow & Record<string, unknown>>(PLACES_SQL) }
			: {}),
		methods: await db.query(SURVEY_METHODS_SQL),
		thresholds: await db.query(ACTIVE_THRESHOLDS_SQL),
		categories: await db.query(BLIND_SPOT_CATEGORIES_SQL),
		calendar: await loadCalendar(db)
	};
}

/**
 * The code lookups and the density catalogue built from those rows, and their names for
 * messages (pure, so a worker can build them).
 */
export function buildImportCatalogues(rows: ImportCatalogueRows): {
	catalogues: ImportCatalogues;
	density: DensityCatalogue;
	names: IssueNames;
} {
	const density = toDensityCatalogue(rows.methods, rows.thresholds);
	const methods = [...density.methods.values()];
	const { categories } = rows;
	return {
		density,
		names: { category: categories, method: methods },
		catalogues: {
			methods: createCodeLookup(catalogueWords(methods), 'method'),
			methodPest: new Map(methods.map((m) => [m.code, m.pest])),
			categories: createCodeLookup(catalogueWords(categories), 'category'),
			deadlineHours: new Map(categories.map((c) => [c.code, c.deadlineHours])),
			calendar: rows.calendar,
			places: rows.places ? createPlaceLookup(rows.places) : undefined
		}
	};
}
