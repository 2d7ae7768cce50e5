import type { FilterValues } from '../api/layer-query';
import { toggleCode } from './multi-select';

export type { FilterValues };
export type ListFilter = 'pests' | 'methods' | 'categories' | 'statuses';

export const DEFAULT_FILTERS: Readonly<FilterValues> = Object.freeze({
	pests: null,
	methods: null,
	categories: null,
	statuses: null,
	from: null,
	to: null
});

/** The user's filters for blind spots and surveys; null lists mean "all". */
export class Filters {
	pests = $state<string[] | null>(null);
	methods = $state<string[] | null>(null);
	categories = $state<string[] | null>(null);
	statuses = $state<string[] | null>(null);
	from = $state<string | null>(null);
	to = $state<string | null>(null);

	/** A plain snapshot, for building queries and the URL. */
	get values(): FilterValues {
		return {
			pests: this.pests,
			methods: this.methods,
			categories: this.categories,
			statuses: this.statuses,
			from: this.from,
			to: this.to
		};
	}

	get isDefault(): boolean {
		const v = this.values;
		return (Object.keys(DEFAULT_FILTERS) as (keyof FilterValues)[]).every(
			(k) => v[k] === DEFAULT_FILTERS[k]
		);
	}

	toggle(field: ListFilter, code: string, all: readonly string[]): void {
		this[field] = toggleCode(this[field], code, all);
	}

	setAll(field: ListFilter, on: boolean): void {
		this[field] = on ? null : [];
	}

	/** Sets a date bound; an empty input clears it. */
	setDate(bound: 'from' | 'to', value: string): void {
		this[bound] = value === '' ? null : value;
	}

	assign(values: FilterValues): void {
		this.pests = values.pests;
		this.methods = values.methods;
		this.categories = values.categories;
		this.statuses = values.statuses;
		this.from = values.from;
		this.to = values.to;
	}

	reset(): void {
		this.assign(DEFAULT_FILTERS);
	}
}
