import type { DatasetMeta } from '../contract/layers';
import type { Database } from '../db/database';
import {
	ACTIVE_THRESHOLDS_SQL,
	SAMPLE_MINIMUMS_SQL,
	STANDARD_EDITIONS_SQL,
	toControlThreshold,
	toSampleMinimum,
	toStandardEdition
} from '../queries/catalogues';
import {
	BLIND_SPOT_CATEGORY_LIST_SQL,
	DATASET_META_SQL,
	LAYER_COUNTS_SQL,
	RECORD_DATE_RANGE_SQL,
	SURVEY_METHOD_LIST_SQL,
	ZONES_EXTENT_SQL
} from '../queries/meta';

/** Rows per stored layer. */
export async function countLayers(db: Database) {
	const [counts] = await db.query<{
		zones: number;
		roads: number;
		blindspots: number;
		surveys: number;
	}>(LAYER_COUNTS_SQL);
	return counts;
}

/** What the data set is and where: name, centre, extent and date range. */
export async function loadDatasetMeta(db: Database): Promise<DatasetMeta> {
	const entries = await db.query<{ key: string; value: string }>(DATASET_META_SQL);
	const meta = Object.fromEntries(entries.map((e) => [e.key, e.value]));
	const [extent] = await db.query<{ w: number | null; s: number; e: number; n: number }>(
		ZONES_EXTENT_SQL
	);
	const [dates] = await db.query<{ from: string | null; to: string | null }>(RECORD_DATE_RANGE_SQL);
	const bbox: DatasetMeta['bbox'] =
		extent.w === null ? null : [extent.w, extent.s, extent.e, extent.n];
	return {
		name: meta.name ?? 'SaniMap',
		synthetic: meta.synthetic === 'true',
		center: meta.center
			? (JSON.parse(meta.center) as [number, number])
			: bbox
				? [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2]
				: null,
		bbox,
		dateRange: { from: dates.from, to: dates.to }
	};
}

/** Survey methods, blind-spot (case) categories and the thresholds in force. */
export async function loadCatalogues(db: Database) {
	const surveyMethods = await db.query(SURVEY_METHOD_LIST_SQL);
	const blindSpotCategories = await db.query<{
		code: string;
		nameZh: string;
		nameEn: string;
		deadlineHours: number;
	}>(BLIND_SPOT_CATEGORY_LIST_SQL);
	const controlThresholds = (await db.query(ACTIVE_THRESHOLDS_SQL)).map(toControlThreshold);
	// Issue 14 (design.md §3): each case category with its limit in working hours (8 a day).
	const caseCategories = blindSpotCategories.map((c) => ({
		code: c.code,
		nameZh: c.nameZh,
		nameEn: c.nameEn,
		limitWorkingHours: c.deadlineHours
	}));
	// Issue 17: editions with their dates and the sample minimums (the map's 样本不足 words).
	const standardEditions = (await db.query(STANDARD_EDITIONS_SQL)).map(toStandardEdition);
	const sampleMinimums = (await db.query(SAMPLE_MINIMUMS_SQL)).map(toSampleMinimum);
	return {
		surveyMethods,
		blindSpotCategories,
		caseCategories,
		controlThresholds,
		standardEditions,
		sampleMinimums
	};
}
