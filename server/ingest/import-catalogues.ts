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

/**
 * Method and category codes as the catalogue tables hold them now (they are editable), and
 * their names for messages.
 */
export async function loadImportCatalogues(
	db: Database
): Promise<{ catalogues: ImportCatalogues; density: DensityCatalogue; names: IssueNames }> {
	const density = toDensityCatalogue(
		await db.query(SURVEY_METHODS_SQL),
		await db.query(ACTIVE_THRESHOLDS_SQL)
	);
	const methods = [...density.methods.values()];
	const categories = await db.query<{
		code: string;
		nameZh: string;
		nameEn: string;
		deadlineHours: number;
	}>(BLIND_SPOT_CATEGORIES_SQL);
	return {
		density,
		names: { category: categories, method: methods },
		catalogues: {
			methods: createCodeLookup(catalogueWords(methods), 'method'),
			methodPest: new Map(methods.map((m) => [m.code, m.pest])),
			categories: createCodeLookup(catalogueWords(categories), 'category'),
			deadlineHours: new Map(categories.map((c) => [c.code, c.deadlineHours]))
		}
	};
}
