import type { Hono } from 'hono';

export interface ImportAnswer {
	status: number;
	body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Posts a file to `/api/import/{kind}` (or `/preview`) as multipart/form-data, like the web UI. */
export async function postImport(
	app: Pick<Hono, 'request'>,
	path: string,
	file: { name: string; bytes: Uint8Array | string },
	fields: Record<string, string> = {}
): Promise<ImportAnswer> {
	const form = new FormData();
	const bytes = typeof file.bytes === 'string' ? new TextEncoder().encode(file.bytes) : file.bytes;
	form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], file.name));
	for (const [k, v] of Object.entries(fields)) form.set(k, v);
	const res = await app.request(path, { method: 'POST', body: form });
	return { status: res.status, body: await res.json() };
}
