import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../web/src/api/client';
import { createImportClient, type ImportRequestForm } from '../../../web/src/api/import-client';

const form = (lang: 'zh-CN' | 'en'): ImportRequestForm => ({
	kind: 'blindspots',
	file: new Blob(['id']),
	filename: 'a.csv',
	crs: 'wgs84',
	mapping: {},
	lang
});

/** A server that refuses every upload as too large, in the language the query asks. */
function refusingServer() {
	const urls: string[] = [];
	const fetchFn = async (url: string) => {
		urls.push(url);
		const en = new URL(url, 'http://x').searchParams.get('lang') === 'en';
		const message = en
			? 'The file is over the 32 MB limit; split it and import the parts'
			: '文件超过 32 MB 上限，请拆分后再导入';
		return Response.json({ error: { code: 'too_large', message } }, { status: 413 });
	};
	return { urls, client: createImportClient(fetchFn) };
}

describe('import client (issue 11 item 7)', () => {
	it('asks for the page’s language in the query too, so even a body refused unread is in it', async () => {
		const { urls, client } = refusingServer();
		await client.preview(form('en')).catch(() => {});
		await client.run(form('zh-CN'), true).catch(() => {});
		expect(urls).toEqual([
			'/api/import/blindspots/preview?lang=en',
			'/api/import/blindspots?lang=zh-CN'
		]);
	});

	it('passes on the server’s refusal as it is worded', async () => {
		const { client } = refusingServer();
		const zh = await client.run(form('zh-CN'), false).catch((e: unknown) => e);
		expect(zh).toBeInstanceOf(ApiError);
		expect(zh).toMatchObject({
			status: 413,
			code: 'too_large',
			message: '文件超过 32 MB 上限，请拆分后再导入'
		});
		const en = await client.run(form('en'), false).catch((e: unknown) => e);
		expect((en as ApiError).message).toBe(
			'The file is over the 32 MB limit; split it and import the parts'
		);
	});
});
