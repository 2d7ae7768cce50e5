import { Hono } from 'hono';
import type { DatasetMeta } from '../contract/layers';
import type { Database } from '../db/database';
import { ACTIVE_THRESHOLDS_SQL, toControlThreshold } from '../queries/catalogues';

/** `GET /api/meta` (what the data set is and where) and `GET /api/catalogues`. */
export function createMetaRoutes(db: Database) {
	return new Hono()
		.get('/meta', async (c) => {
			const entries = await db.query<{ key: string; value: string }>(
				'SELECT key, value FROM dataset_meta'
			);
			const meta = Object.fromEntries(entries.map((e) => [e.key, e.value]));
			const [extent] = await db.query<{ w: number | null; s: number; e: number; n: number }>(
				`SELECT min(minx) AS w, min(miny) AS s, max(maxx) AS e, max(maxy) AS n FROM zones`
			);
			const [dates] = await db.query<{ from: string | null; to: string | null }>(
				`SELECT strftime(min(d), '%Y-%m-%d') AS "from", strftime(max(d), '%Y-%m-%d') AS "to" FROM (
					SELECT surveyed_at AS d FROM surveys UNION ALL SELECT CAST(reported_at AS DATE) FROM blind_spots)`
			);
			const bbox: DatasetMeta['bbox'] =
				extent.w === null ? null : [extent.w, extent.s, extent.e, extent.n];
			const body: DatasetMeta = {
				name: meta.name ?? 'SaniMap',
				synthetic: meta.synthetic === 'true',
				center: meta.center
					? (JSON.parse(meta.center) as [number, number])
					: bbox
						? [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2]
						: [113.09, 22.96],
				bbox,
				dateRange: { from: dates.from, to: dates.to }
			};
			return c.json(body);
		})
		.get('/catalogues', async (c) => {
			const surveyMethods =
				await db.query(`SELECT code, pest, name_zh AS "nameZh", name_en AS "nameEn",
				count_meaning AS "countMeaning", effort_meaning AS "effortMeaning", count2_meaning AS "count2Meaning",
				multiplier, unit_zh AS "unitZh", unit_en AS "unitEn", proportion FROM survey_methods ORDER BY code`);
			const blindSpotCategories =
				await db.query(`SELECT code, name_zh AS "nameZh", name_en AS "nameEn",
				deadline_hours AS "deadlineHours" FROM blind_spot_categories ORDER BY code`);
			const controlThresholds = (await db.query(ACTIVE_THRESHOLDS_SQL)).map(toControlThreshold);
			return c.json({ surveyMethods, blindSpotCategories, controlThresholds });
		});
}
