import type { Database } from '../db/database';
import type { SurveyMethod } from '../domain/catalogues/survey-methods';
import { BadRequestError } from '../errors';
import { loadDensityCatalogue } from './density';
import { quoteValue } from '../contract/quote';

/**
 * The catalogue's method for `method`, refused with a 400 listing the pest's methods when it
 * is unknown or belongs to another pest. Every endpoint taking `pest` + `method` uses this.
 */
export async function assertMethodOfPest(
	db: Database,
	pest: string,
	method: string
): Promise<SurveyMethod> {
	const { methods } = await loadDensityCatalogue(db);
	const found = methods.get(method);
	if (found?.pest === pest) return found;
	const codes = [...methods.values()].filter((m) => m.pest === pest).map((m) => m.code);
	throw new BadRequestError(
		`method: ${quoteValue(method)} is not a ${pest} method; use one of ${codes.join(', ')}`,
		{
			parameter: 'method'
		}
	);
}
