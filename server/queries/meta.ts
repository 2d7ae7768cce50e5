/** Rows per stored layer, for `/api/health`. */
export const LAYER_COUNTS_SQL = `SELECT (SELECT count(*) FROM zones) AS zones, (SELECT count(*) FROM road_segments) AS roads,
	(SELECT count(*) FROM blind_spots) AS blindspots, (SELECT count(*) FROM surveys) AS surveys`;

export const DATASET_META_SQL = 'SELECT key, value FROM dataset_meta';

/** The envelope of every zone: the data set's extent. */
export const ZONES_EXTENT_SQL = `SELECT min(minx) AS w, min(miny) AS s, max(maxx) AS e, max(maxy) AS n FROM zones`;

/** First and last day of any survey, report or inspection. */
export const RECORD_DATE_RANGE_SQL = `SELECT strftime(min(d), '%Y-%m-%d') AS "from", strftime(max(d), '%Y-%m-%d') AS "to" FROM (
	SELECT surveyed_at AS d FROM surveys UNION ALL SELECT CAST(reported_at AS DATE) FROM blind_spots
	UNION ALL SELECT CAST(inspected_at AS DATE) FROM inspections)`;

/** The method catalogue as `/api/catalogues` lists it. */
export const SURVEY_METHOD_LIST_SQL = `SELECT code, pest, name_zh AS "nameZh", name_en AS "nameEn",
	count_meaning AS "countMeaning", effort_meaning AS "effortMeaning", count2_meaning AS "count2Meaning",
	multiplier, unit_zh AS "unitZh", unit_en AS "unitEn", proportion FROM survey_methods ORDER BY code`;

export const BLIND_SPOT_CATEGORY_LIST_SQL = `SELECT code, name_zh AS "nameZh", name_en AS "nameEn",
	deadline_hours AS "deadlineHours" FROM blind_spot_categories ORDER BY code`;
