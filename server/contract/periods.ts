/** Campaign windows (issue 6): named, editable date ranges addressable as `campaign:<id>`. */
import { z } from 'zod';
import { isoDate } from './dates';
import { isOrderedWindow, nameField, UNORDERED_WINDOW } from './fields';
import { campaignPestsField } from './campaign-plans';

export const campaignBodySchema = z
	.strictObject({
		id: z
			.string({ message: 'id must be 1–40 letters, digits, - or _' })
			.max(40, { message: 'id must be 1–40 letters, digits, - or _', abort: true })
			.regex(/^[A-Za-z0-9_-]{1,40}$/, 'id must be 1–40 letters, digits, - or _')
			.optional(),
		name: nameField('name'),
		from: isoDate('from'),
		to: isoDate('to'),
		/** Issue 17: the pests the campaign is against; left out, a PUT keeps them. */
		pests: campaignPestsField
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
