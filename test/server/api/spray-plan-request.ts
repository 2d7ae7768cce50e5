import type { TestApp } from '../../helpers/signed-in-app';

type App = TestApp;

/** JSON requests against the app with no port; status and parsed body (or text). */
export function createRequester(app: () => App) {
	const send = async (method: string, path: string, body?: unknown) => {
		const res = await app().request(path, {
			method,
			headers: body === undefined ? {} : { 'content-type': 'application/json' },
			body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
		});
		const text = await res.text();
		const type = res.headers.get('content-type') ?? '';
		return {
			status: res.status,
			type,
			text,
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			body: type.includes('json') ? (JSON.parse(text) as any) : null
		};
	};
	return {
		get: (path: string) => send('GET', path),
		post: (path: string, body: unknown) => send('POST', path, body),
		put: (path: string, body: unknown) => send('PUT', path, body)
	};
}

/** Four stops around the mini town's 中山路/建设路 junction and one 1.1 km north of it. */
export const MINI_TOWN_STOPS = [
	{ id: 'a', lng: 113.083, lat: 22.954, serviceMin: 10 },
	{ id: 'b', lng: 113.095, lat: 22.9552, serviceMin: 10 },
	{ id: 'c', lng: 113.09, lat: 22.958, serviceMin: 10 },
	{ id: 'far', lng: 113.095, lat: 22.97, serviceMin: 10 }
];
export const DEPOT = { lng: 113.08, lat: 22.955 };
