/** Campaign windows (issue 6): named, editable date ranges addressable as `campaign:<id>`. */
import { z } from 'zod';
import { isoDate } from './dates';
import { isOrderedWindow, UNORDERED_WINDOW } from './fields';

export const campaignBodySchema = z
	.strictObject({
		id: z
			.string()
			.regex(/^[A-Za-z0-9_-]{1,40}$/, 'id must be 1–40 letters, digits, - or _')
			.optional(),
		name: z.string().trim().min(1, 'name must not be empty'),
		from: isoDate('from'),
		to: isoDate('to')
	})
	.refine(isOrderedWindow, UNORDERED_WINDOW);

/** A named campaign window, e.g. `2025 春季除四害`; dates inclusive. */
export interface CampaignWindow {
	id: string;
	name: string;
	from: string;
	to: string;
}

/** `GET /api/campaigns`. */
export interface CampaignsResponse {
	campaigns: CampaignWindow[];
}
