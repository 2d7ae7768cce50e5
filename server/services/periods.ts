import type { Database } from '../db/database';
import { parsePeriod, PeriodError, type Period } from '../domain/periods/parse-period';
import { BadRequestError } from '../errors';
import { loadCampaigns } from './campaigns';

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
