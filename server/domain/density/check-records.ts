import type { DensityCatalogue } from './assess-pests';
import { quoteValue } from '../../contract/quote';

export interface RecordIssue {
	/** 0-based index of the record in its list. */
	index: number;
	field: 'pest' | 'method' | 'count' | 'count2';
	/** English, for the API's 400; imports word `code` and `params` in the reader's language. */
	message: string;
	code:
		| 'method_unknown_for_pest'
		| 'method_pest_mismatch'
		| 'count_exceeds_effort'
		| 'method_no_count2';
	params: Readonly<Record<string, string | number>>;
	/** The record's value at fault. */
	value: string;
}

interface RawSurvey {
	pest: string;
	method: string;
	count: number;
	effort: number;
	count2?: number | null;
}

/**
 * Checks survey records against the method catalogue: known method of the record's pest,
 * count within effort for proportions, count2 only where the method has a second value.
 * Every problem is returned, so a clerk can fix a sheet in one pass.
 */
export function checkSurveyRecords(
	catalogue: DensityCatalogue,
	records: readonly RawSurvey[]
): RecordIssue[] {
	const issues: RecordIssue[] = [];
	records.forEach((r, index) => {
		const method = catalogue.methods.get(r.method);
		if (!method) {
			const codes = [...catalogue.methods.keys()].filter((c) => c.startsWith(`${r.pest}.`));
			issues.push({
				index,
				field: 'method',
				message: `unknown method ${quoteValue(r.method)}; for ${r.pest} use one of ${codes.join(', ')}`,
				code: 'method_unknown_for_pest',
				params: { pest: r.pest },
				value: r.method
			});
			return;
		}
		if (method.pest !== r.pest) {
			issues.push({
				index,
				field: 'pest',
				message: `method ${r.method} surveys ${method.pest}, not ${r.pest}`,
				code: 'method_pest_mismatch',
				params: { method: r.method, pest: method.pest },
				value: r.pest
			});
		}
		if (method.proportion && r.count > r.effort) {
			issues.push({
				index,
				field: 'count',
				message: `${r.count} ${method.countMeaning} cannot exceed ${r.effort} ${method.effortMeaning}`,
				code: 'count_exceeds_effort',
				params: { method: r.method },
				value: `${r.count} > ${r.effort}`
			});
		}
		if (r.count2 !== null && r.count2 !== undefined && !method.value2) {
			issues.push({
				index,
				field: 'count2',
				message: `method ${r.method} has no count2`,
				code: 'method_no_count2',
				params: { method: r.method },
				value: String(r.count2)
			});
		}
	});
	return issues;
}
