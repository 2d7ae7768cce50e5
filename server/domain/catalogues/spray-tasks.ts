/**
 * What a team does at a stop and with which chemical (issue 11 item 3), by the pest and the
 * place. Seeded into the editable `spray_tasks` table: doses and products are local practice
 * [L] (domain.md marks), so a town changes the rows, not the code. `resolveSprayTask` picks
 * the row; `place` is a blind-spot category, a stop kind (POI kind, `blind_spot`,
 * `survey_site`, `hotspot`) or `*`, `pest` a pest or `*`.
 */
import type { SprayTask } from '../../contract/spray-plan-results';

export type { SprayTask };

const BETA_CYPERMETHRIN = ['高效氯氰菊酯', 'Beta-cypermethrin'] as const;
const TEMEPHOS = ['双硫磷颗粒剂', 'Temephos granules (1 %)'] as const;
const FIPRONIL_GEL = ['氟虫腈杀蟑胶饵', 'Fipronil cockroach gel bait'] as const;
const BROMADIOLONE = ['溴敌隆毒饵（0.005%）', 'Bromadiolone bait (0.005 %)'] as const;

/** The pest a chemical acts on: what a done visit records when neither plan nor stop names one. */
const TREATS: Record<string, string> = {
	[BETA_CYPERMETHRIN[0]]: 'fly',
	[TEMEPHOS[0]]: 'mosquito',
	[FIPRONIL_GEL[0]]: 'cockroach',
	[BROMADIOLONE[0]]: 'rat'
};

const row = (
	place: string,
	pest: string,
	nameZh: string,
	nameEn: string,
	[chemicalZh, chemicalEn]: readonly [string, string],
	amount: number,
	unit: string
): SprayTask => ({
	place,
	pest,
	nameZh,
	nameEn,
	chemicalZh,
	chemicalEn,
	amount,
	unit,
	treats: pest === '*' ? TREATS[chemicalZh] : pest
});

/** Amounts are a usual quantity for one stop: a few bait stations, one pond edge, 500 ml of spray. */
// prettier-ignore
export const SPRAY_TASKS: readonly SprayTask[] = Object.freeze([
	// Water breeds mosquito larvae whatever the plan is about: larviciding.
	row('standing_water', '*', '清除积水，不能清除的投放灭蚊幼剂', 'Drain standing water; apply larvicide where it cannot be drained', TEMEPHOS, 100, 'g'),
	row('dirty_water', '*', '打捞水面垃圾、清除积水，投放灭蚊幼剂', 'Clear the water surface and standing water; apply larvicide', TEMEPHOS, 100, 'g'),
	row('water_body', '*', '沿岸清除积水，投放灭蚊幼剂', 'Drain standing water along the edge; apply larvicide', TEMEPHOS, 200, 'g'),
	// A pond is a place kind, so a named pest would otherwise win: its mosquitoes are larvae.
	row('water_body', 'mosquito', '沿岸清除积水，投放灭蚊幼剂', 'Drain standing water along the edge; apply larvicide', TEMEPHOS, 200, 'g'),
	row('animal_carcass', '*', '清运动物尸体、消毒，喷洒灭蝇', 'Remove the carcass, disinfect, spray against flies', BETA_CYPERMETHRIN, 500, 'ml'),
	// The pest decides at any other place.
	row('*', 'rat', '检查鼠迹，毒饵站投放灭鼠毒饵、堵塞鼠洞', 'Check for rat signs; fill bait stations, block burrows', BROMADIOLONE, 200, 'g'),
	row('*', 'cockroach', '缝隙处点施杀蟑胶饵，清除蟑迹', 'Apply gel bait in cracks and crevices; clear cockroach signs', FIPRONIL_GEL, 20, 'g'),
	row('*', 'fly', '清除孳生物，滞留喷洒灭蝇', 'Remove breeding matter; residual spraying against flies', BETA_CYPERMETHRIN, 500, 'ml'),
	row('*', 'mosquito', '清除积水，喷洒灭蚊', 'Drain standing water; spray against mosquitoes', BETA_CYPERMETHRIN, 500, 'ml'),
	// No pest named: what the place needs.
	row('blind_spot', '*', '清理垃圾死角，喷洒灭蝇', 'Clear the waste; spray against flies', BETA_CYPERMETHRIN, 500, 'ml'),
	row('garbage_station', '*', '冲洗垃圾站，滞留喷洒灭蝇', 'Wash the station; residual spraying against flies', BETA_CYPERMETHRIN, 500, 'ml'),
	row('market', '*', '清扫市场，灭蝇灭蟑', 'Sweep the market; treat flies and cockroaches', BETA_CYPERMETHRIN, 500, 'ml'),
	row('toilet', '*', '清洁公厕，喷洒灭蝇', 'Clean the toilet; spray against flies', BETA_CYPERMETHRIN, 500, 'ml'),
	row('restaurant', '*', '检查后厨，点施杀蟑胶饵', 'Check the kitchen; apply cockroach gel bait', FIPRONIL_GEL, 20, 'g'),
	row('hotspot', '*', '巡查清理，全面消杀', 'Inspect and clear the area; treat what is found', BETA_CYPERMETHRIN, 500, 'ml'),
	row('*', '*', '按现场情况消杀', 'Treat as found on site', BETA_CYPERMETHRIN, 500, 'ml')
]);

/** What is known of a stop when its task is chosen. */
export interface TaskSubject {
	/** Blind-spot category, when the stop is a report. */
	category: string | null;
	/** `blind_spot`, a POI kind, `survey_site` or `hotspot`. */
	kind: string | null;
	/** The stop's own pest (a survey site), else the plan's. */
	pest: string | null;
}

/**
 * The most specific row: (category, pest), (category, *), (kind, pest), (*, pest), (kind, *),
 * (*, *). A category row for any pest beats the pest (standing water is larviciding in a fly
 * plan too); a place kind only speaks when no pest is named (a garbage station in a rat plan
 * gets bait, not fly spray).
 */
export function resolveSprayTask(
	tasks: readonly SprayTask[],
	{ category, kind, pest }: TaskSubject
): SprayTask | null {
	const order: [string | null, string | null][] = [
		[category, pest],
		[category, '*'],
		[kind, pest],
		['*', pest],
		[kind, '*'],
		['*', '*']
	];
	for (const [place, p] of order) {
		if (place === null || p === null) continue;
		const found = tasks.find((t) => t.place === place && t.pest === p);
		if (found) return found;
	}
	return null;
}
