import { describe, expect, it } from 'vitest';
import type { CaseView } from '../../../../server/contract/cases';
import {
	saveCategories,
	savedAtText,
	savedCategories,
	savedTasks,
	saveTasks
} from '../../../../web/src/pages/phone/task-cache';

function store() {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v)
	};
}

describe('the phone keeps its last task list per user', () => {
	it('gives back the list and its time for that user only', () => {
		const storage = store();
		const cases = [{ id: 'C-1', status: 'dispatched' } as CaseView];
		saveTasks(storage, 'demo-grid', cases, new Date('2026-12-06T02:00:00Z'));
		expect(savedTasks(storage, 'demo-grid')).toEqual({ at: '2026-12-06T02:00:00.000Z', cases });
		expect(savedTasks(storage, 'demo-inspector')).toBeNull();
		expect(savedAtText('2026-12-06T02:00:00.000Z')).toBe('12-06 10:00');
		expect(savedAtText('2026-12-31T16:30:00.000Z')).toBe('01-01 00:30');
	});

	it('reads nothing from a damaged entry, and survives a full storage', () => {
		const storage = store();
		storage.setItem('sanimap.phone.tasks.demo-grid', '{not json');
		expect(savedTasks(storage, 'demo-grid')).toBeNull();
		const full = {
			getItem: () => null,
			setItem: () => {
				throw new Error('QuotaExceededError');
			}
		};
		expect(() => saveTasks(full, 'demo-grid', [], new Date())).not.toThrow();
	});

	it('keeps the report categories, and gives none from nothing or a damaged entry', () => {
		const storage = store();
		expect(savedCategories(storage)).toEqual([]);
		const categories = [{ code: 'garbage', name_zh: '垃圾堆放' }] as never[];
		saveCategories(storage, categories);
		expect(savedCategories(storage)).toEqual(categories);
		storage.setItem('sanimap.phone.categories', '{');
		expect(savedCategories(storage)).toEqual([]);
	});
});
