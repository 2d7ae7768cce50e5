import type { BlindSpotCategory } from '../../../../server/contract/catalogues';
import type { CaseView } from '../../../../server/contract/cases';

/**
 * The last task list the phone loaded, kept per user so that /m opened without a network
 * (from its service worker) still shows the tasks, with the time they were loaded.
 */
export interface SavedTasks {
	/** When the list was loaded (ISO). */
	at: string;
	cases: CaseView[];
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;
const key = (username: string) => `sanimap.phone.tasks.${username}`;

export function saveTasks(storage: Store, username: string, cases: CaseView[], at: Date): void {
	try {
		storage.setItem(key(username), JSON.stringify({ at: at.toISOString(), cases }));
	} catch {
		// Storage full or blocked: offline the list is then empty, as before.
	}
}

export function savedTasks(storage: Store, username: string): SavedTasks | null {
	try {
		const saved = JSON.parse(storage.getItem(key(username)) ?? 'null') as SavedTasks | null;
		return saved && typeof saved.at === 'string' && Array.isArray(saved.cases) ? saved : null;
	} catch {
		return null;
	}
}

/** The saved time as the clerk reads it: `12-06 10:00` in Asia/Shanghai (UTC+8, no DST). */
export function savedAtText(at: string): string {
	return new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');
}

const CATEGORIES = 'sanimap.phone.categories';

/** The report form's categories, kept so a report can be made on a phone opened offline. */
export function saveCategories(storage: Store, categories: BlindSpotCategory[]): void {
	try {
		storage.setItem(CATEGORIES, JSON.stringify(categories));
	} catch {
		// As for the tasks.
	}
}

export function savedCategories(storage: Store): BlindSpotCategory[] {
	try {
		const saved = JSON.parse(storage.getItem(CATEGORIES) ?? '[]') as unknown;
		return Array.isArray(saved) ? (saved as BlindSpotCategory[]) : [];
	} catch {
		return [];
	}
}
