import type {
	ResponsibilityFields,
	ResponsibilityHistory,
	ResponsibilityList,
	ResponsibilitySaved,
	ResponsibilityTarget,
	ResponsibilityView
} from '../../../../server/contract/responsibility';
import { apiFetch } from '../../api/client';

/** A refusal of the registry API: its message (in the asked language) and the fields it names. */
export class RegistryError extends Error {
	constructor(
		message: string,
		readonly status: number,
		readonly fields: Record<string, string>
	) {
		super(message);
	}
}

interface ErrorBody {
	error?: {
		message?: string;
		details?: { issues?: { parameter?: string; message?: string }[] };
	};
}

async function answer<T>(res: Response): Promise<T> {
	if (res.ok) return (await res.json()) as T;
	const body = (await res.json().catch(() => ({}))) as ErrorBody;
	const fields: Record<string, string> = {};
	for (const i of body.error?.details?.issues ?? []) {
		if (i.parameter) fields[i.parameter] = i.message ?? '';
	}
	throw new RegistryError(body.error?.message ?? `HTTP ${res.status}`, res.status, fields);
}

const json = (body: unknown): RequestInit => ({
	method: 'POST',
	headers: { 'content-type': 'application/json', accept: 'application/json' },
	body: JSON.stringify(body)
});

/** `/api/responsibilities` as the registry page and the map card use it. */
export const registryClient = {
	list: (query: string, signal?: AbortSignal) =>
		apiFetch(`/api/responsibilities${query ? `?${query}` : ''}`, { signal }).then((r) =>
			answer<ResponsibilityList>(r)
		),
	current: (kind: ResponsibilityTarget, target: string, signal?: AbortSignal) =>
		apiFetch(`/api/responsibilities?${new URLSearchParams({ kind, target })}`, { signal }).then(
			(r) => answer<ResponsibilityList>(r)
		),
	history: (kind: ResponsibilityTarget, target: string, lang: string) =>
		apiFetch(`/api/responsibilities/history?${new URLSearchParams({ kind, target, lang })}`).then(
			(r) => answer<ResponsibilityHistory>(r)
		),
	save: (
		body: ResponsibilityFields & { targetKind: ResponsibilityTarget; targetId: string },
		lang: string
	) =>
		apiFetch(`/api/responsibilities?lang=${lang}`, json(body)).then((r) =>
			answer<ResponsibilitySaved>(r)
		),
	end: (id: number, note: string | null, lang: string) =>
		apiFetch(`/api/responsibilities/${id}/end?lang=${lang}`, json({ note })).then((r) =>
			answer<ResponsibilityView>(r)
		),
	scan: (id: number, file: File, lang: string) => {
		const form = new FormData();
		form.append('scan', file);
		return apiFetch(`/api/responsibilities/${id}/scan?lang=${lang}`, {
			method: 'POST',
			body: form
		}).then((r) => answer<ResponsibilityView>(r));
	}
};

/** Whether the form names another holder than the current row (the save will replace it). */
export function replacesHolder(
	current: Pick<ResponsibilityView, 'person' | 'username' | 'unit'> | null,
	form: { person: string; username: string; unit: string }
): boolean {
	if (!current) return false;
	const n = (s: string | null) => (s ?? '').trim();
	return (
		n(current.person) !== n(form.person) ||
		n(current.username) !== n(form.username) ||
		n(current.unit) !== n(form.unit)
	);
}
