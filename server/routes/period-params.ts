import type { Database } from '../db/database';
import { parsePeriod, PeriodError, type Period } from '../domain/periods/parse-period';
import { BadRequestError } from '../errors';
import { loadCampaigns } from './campaigns';
import { loadDensityCatalogue } from './density-data';

/** Resolves period ids against the campaign table; a bad one is a 400 naming the parameter. */
export async function resolvePeriods(
	db: Database,
	given: Record<string, string>
): Promise<Record<string, Period>> {
	const campaigns = await loadCampaigns(db);
	const out: Record<string, Period> = {};
	for (const [field, text] of Object.entries(given)) {
		try {
			out[field] = parsePeriod(text, campaigns);
		} catch (error) {
			if (error instanceof PeriodError)
				throw new BadRequestError(`${field}: ${error.message}`, { parameter: field });
			throw error;
		}
	}
	return out;
}

/** Refuses a method that is unknown or belongs to another pest, listing the pest's methods. */
export async function assertMethodOfPest(
	db: Database,
	pest: string,
	method: string
): Promise<void> {
	const { methods } = await loadDensityCatalogue(db);
	if (methods.get(method)?.pest === pest) return;
	const codes = [...methods.values()].filter((m) => m.pest === pest).map((m) => m.code);
	throw new BadRequestError(
		`method: "${method}" is not a ${pest} method; use one of ${codes.join(', ')}`,
		{
			parameter: 'method'
		}
	);
}
