/**
 * Inspection scores (domain.md §6). A road section: 6·C1 + 6·C2 + 4·C3 + 4·C4 (each 0–5, max
 * 100), less the points of the spots found on it. The key area: 100 less its deductions.
 * Neither goes below 0. Decision and reasons: docs/decisions.md "环卫考核 scores".
 */
import {
	BASE_SCORE,
	MAX_ITEM_MARK,
	SECTION_ITEMS,
	SECTION_ITEM_WEIGHTS,
	type InspectionForm,
	type RecordedDeduction,
	type SectionItem
} from '../../contract/assessment';

export type SectionMarks = Readonly<Record<SectionItem, number>>;

/** The C1–C4 score before deductions; throws on a mark outside 0–5 or not a whole number. */
export function sectionItemScore(marks: SectionMarks): number {
	let score = 0;
	for (const item of SECTION_ITEMS) {
		const mark = marks[item];
		if (!Number.isInteger(mark) || mark < 0 || mark > MAX_ITEM_MARK)
			throw new RangeError(`${item} must be a whole mark from 0 to ${MAX_ITEM_MARK}, got ${mark}`);
		score += SECTION_ITEM_WEIGHTS[item] * mark;
	}
	return score;
}

/** Points the deductions take off in all. */
export function deductedPoints(deductions: readonly RecordedDeduction[]): number {
	return deductions.reduce((sum, d) => sum + d.points * d.count, 0);
}

export interface InspectionScore {
	/** C1–C4 score (section) or the 100-point base (area). */
	base: number;
	deducted: number;
	/** base − deducted, never below 0. */
	score: number;
}

/** The score of an inspection on `form`; `marks` are needed for a section only. */
export function inspectionScore(
	form: InspectionForm,
	marks: SectionMarks | null,
	deductions: readonly RecordedDeduction[]
): InspectionScore {
	if (form === 'section' && !marks) throw new RangeError('a section needs its C1–C4 marks');
	const base = form === 'section' ? sectionItemScore(marks!) : BASE_SCORE;
	const deducted = deductedPoints(deductions);
	return { base, deducted, score: Math.max(0, base - deducted) };
}
