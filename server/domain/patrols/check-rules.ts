/**
 * What a frontage check must say before it is stored (issue 15 item 3), worded for the
 * assistant who filled it in: Chinese first, the English in brackets (as the case refusals).
 */
import {
	FRONTAGE_ITEMS,
	ORDER_DEADLINES,
	type CheckMeasure,
	type CheckResult
} from '../../contract/frontage';

export interface CheckDraft {
	result: CheckResult;
	items: readonly string[];
	measure: CheckMeasure | null;
	deadline: string | null;
	photos: number;
}

/** The refusal of a draft, or null when it may be stored. */
export function checkRefusal(d: CheckDraft): { parameter: string; message: string } | null {
	if (d.result === 'pass') {
		if (d.items.length || d.measure || d.deadline) {
			return {
				parameter: 'result',
				message:
					'合格的检查不能勾选不合格项目或处理措施 (a pass names no failing items and no measure)'
			};
		}
		return null;
	}
	if (!d.items.length) {
		return {
			parameter: 'items',
			message: '请勾选至少一项不合格内容 (a failed check names at least one failing item)'
		};
	}
	if (d.photos < 1) {
		return {
			parameter: 'photos',
			message: '不合格须拍照留证：请至少拍一张照片 (a failed check needs at least one photo)'
		};
	}
	if (!d.measure) {
		return {
			parameter: 'measure',
			message: '请选择处理措施：劝导或责令整改 (choose a measure: warn or order)'
		};
	}
	if (d.measure === 'order' && !d.deadline) {
		return {
			parameter: 'deadline',
			message: '责令整改须选择整改期限 (an order to fix needs a deadline)'
		};
	}
	if (d.measure === 'warn' && d.deadline) {
		return {
			parameter: 'deadline',
			message: '劝导不设整改期限 (a warning sets no deadline)'
		};
	}
	return null;
}

/** The failing items in the catalogue's order, without repeats. */
export const orderedItems = (items: readonly string[]) =>
	FRONTAGE_ITEMS.filter((i) => items.includes(i.code)).map((i) => i.code);

/** Working hours of a deadline choice (`4h`, `1d`, `3d`). */
export const deadlineHours = (code: string) =>
	ORDER_DEADLINES.find((d) => d.code === code)?.hours ?? null;

/** The case's description: what failed, in Chinese, as the 责令整改通知 words it. */
export function orderDescription(unitName: string, items: readonly string[], note: string | null) {
	const words = FRONTAGE_ITEMS.filter((i) => items.includes(i.code)).map((i) => i.zh);
	const text = `门前三包责令整改：${unitName}，${words.join('；')}`;
	return note ? `${text}。${note}` : text;
}
