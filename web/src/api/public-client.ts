/** The residents' pages' calls to `/api/public` (anonymous; no cookie needed). */
import {
	DEVICE_ID_HEADER,
	type BoardAnswer,
	type PublicCaseState,
	type PublicTown,
	type ResidentReportReceipt
} from '../../../server/contract/public-board';
import { ApiError } from './client';

async function answer<T>(response: Response): Promise<T> {
	if (response.ok) return (await response.json()) as T;
	const retry = Number(response.headers.get('retry-after'));
	let code = 'http_error';
	let message = response.statusText;
	try {
		const body = (await response.json()) as { error?: { code?: string; message?: string } };
		code = body.error?.code ?? code;
		message = body.error?.message ?? message;
	} catch {
		// Not JSON: keep the status text.
	}
	throw new ApiError(response.status, code, message, retry > 0 ? retry : null);
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
	let response: Response;
	try {
		response = await fetch(path, init);
	} catch {
		throw new ApiError(0, 'network', 'network');
	}
	return answer<T>(response);
}

export const fetchTown = () => call<PublicTown>('/api/public/town');
export const fetchBoard = (days = 30) => call<BoardAnswer>(`/api/public/board?days=${days}`);
export const fetchCaseState = (caseNumber: string) =>
	call<PublicCaseState>(`/api/public/reports/${encodeURIComponent(caseNumber)}`);

export interface ReportForm {
	category: string;
	description: string;
	contact: string;
	lng: number;
	lat: number;
	photos: readonly File[];
}

/** Sends a report as a multipart form with its photos; the device id goes as a header. */
export function sendReport(form: ReportForm, deviceId: string): Promise<ResidentReportReceipt> {
	const body = new FormData();
	body.set('category', form.category);
	if (form.description.trim()) body.set('description', form.description.trim());
	if (form.contact.trim()) body.set('contact', form.contact.trim());
	body.set('lng', String(form.lng));
	body.set('lat', String(form.lat));
	for (const photo of form.photos) body.append('photos', photo);
	return call<ResidentReportReceipt>('/api/public/reports', {
		method: 'POST',
		headers: { [DEVICE_ID_HEADER]: deviceId },
		body
	});
}
