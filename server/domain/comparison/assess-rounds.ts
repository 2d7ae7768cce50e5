import type { RoundEffect, WindowValue } from '../../contract/comparison';
import { assessIndicator, type DensityCatalogue } from '../density/assess-pests';
import type { SurveyTotals } from '../density/compute-indicator';
import { explainUnjudged } from './explain-unjudged';
import { declinePct, judgeSpraying, relativePopulationIndex } from './spraying-effect';

export interface SprayRound {
	campaign: string;
	pest: string;
	from: string;
	to: string;
	treated: string[];
}

type RawSums = {
	count: number | null;
	effort: number | null;
	count2: number | null;
	surveys: number | null;
};

export type { RoundEffect, WindowValue };

const addDays = (iso: string, days: number) => {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
};

/**
 * Before/after each spray round in its treated zones against the zones it left out (the
 * controls): the index over `preDays` before the first day and `postDays` after the last.
 */
export async function assessRounds(input: {
	rounds: readonly SprayRound[];
	zones: readonly string[];
	catalogue: DensityCatalogue;
	method: string;
	preDays: number;
	postDays: number;
	sums: (zones: string[], from: string, to: string) => Promise<RawSums>;
	/** First survey of the method in a year; the zones' last survey before or first after a day. */
	firstSurvey: (year: string) => Promise<string | null>;
	nearest: (zones: string[], day: string, side: 'before' | 'after') => Promise<string | null>;
	/** The longest pre/post window the API accepts. */
	maxDays: number;
}): Promise<RoundEffect[]> {
	const valueOf = (raw: RawSums): WindowValue => {
		const totals: SurveyTotals = {
			count: raw.count ?? 0,
			effort: raw.effort ?? 0,
			count2: raw.count2
		};
		return {
			value: assessIndicator(input.catalogue, input.method, totals).value,
			count: totals.count,
			effort: totals.effort,
			surveys: Number(raw.surveys ?? 0)
		};
	};
	const out: RoundEffect[] = [];
	for (const round of input.rounds) {
		const controls = input.zones.filter((z) => !round.treated.includes(z));
		const pre: [string, string] = [addDays(round.from, -input.preDays), addDays(round.from, -1)];
		const post: [string, string] = [addDays(round.to, 1), addDays(round.to, input.postDays)];
		const tPre = valueOf(await input.sums(round.treated, ...pre));
		const cPre = valueOf(await input.sums(controls, ...pre));
		const tPost = valueOf(await input.sums(round.treated, ...post));
		const cPost = valueOf(await input.sums(controls, ...post));
		const rpi = relativePopulationIndex(tPre.value, tPost.value, cPre.value, cPost.value);
		const preMissing = tPre.value === null || cPre.value === null;
		const postMissing = !preMissing && (tPost.value === null || cPost.value === null);
		const near = async (zones: string[]) =>
			preMissing
				? input.nearest(zones, round.from, 'before')
				: postMissing
					? input.nearest(zones, round.to, 'after')
					: null;
		const unjudged =
			rpi === null
				? explainUnjudged({
						round,
						pre: { window: pre, treated: tPre, control: cPre },
						post: { window: post, treated: tPost, control: cPost },
						controls,
						firstSurvey: await input.firstSurvey(round.from.slice(0, 4)),
						nearest: { treated: await near(round.treated), control: await near(controls) },
						maxDays: input.maxDays
					})
				: null;
		out.push({
			campaign: round.campaign,
			from: round.from,
			to: round.to,
			treated: round.treated,
			controls,
			pre: { window: pre, treated: tPre, control: cPre },
			post: { window: post, treated: tPost, control: cPost },
			treatedDeclinePct: declinePct(tPre.value, tPost.value),
			controlDeclinePct: declinePct(cPre.value, cPost.value),
			rpi,
			verdict: judgeSpraying(rpi),
			unjudged
		});
	}
	return out;
}
