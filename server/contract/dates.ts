import { z } from 'zod';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written `YYYY-MM-DD`; 2024-02-30 is refused, not rolled over. */
export const isoDate = (field: string) =>
	z
		.string()
		.regex(ISO_DATE, `${field} must be a date written YYYY-MM-DD`)
		.refine(
			(s) => {
				const t = Date.parse(`${s}T00:00:00Z`);
				return !Number.isNaN(t) && new Date(t).toISOString().startsWith(s);
			},
			{
				message: `${field} is not a real calendar date`
			}
		);
