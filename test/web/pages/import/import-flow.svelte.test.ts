// @vitest-environment jsdom
import { flushSync } from 'svelte';
import { describe, expect, it } from 'vitest';
import {
	ImportRejectedError,
	type ImportClient,
	type ImportPreview,
	type ImportRequestForm,
	type ImportResult
} from '../../../../web/src/api/import-client';
import { ImportFlow } from '../../../../web/src/pages/import/import-flow.svelte';

function createPreview(mapping: Record<string, string>): ImportPreview {
	return {
		kind: 'blindspots',
		format: 'csv',
		encoding: 'gb18030',
		sheet: null,
		sheets: [],
		headers: ['编号', 'X', 'Y'],
		mapping,
		unmapped: [],
		rows: 2,
		sample: [],
		issues: []
	};
}

function createResult(dryRun: boolean): ImportResult {
	return {
		inserted: 2,
		updated: 0,
		rejected: [],
		dryRun,
		crs: 'gcj02',
		encoding: 'gb18030',
		format: 'csv',
		mapping: {},
		preview: [],
		warnings: []
	};
}

/** A client that records each form and answers from `answer`. */
function createClient(answer: (kind: 'preview' | 'dry' | 'real') => unknown) {
	const forms: { call: string; form: ImportRequestForm }[] = [];
	const reply = async (call: 'preview' | 'dry' | 'real', form: ImportRequestForm) => {
		forms.push({ call, form });
		const value = answer(call);
		if (value instanceof Error) throw value;
		return value;
	};
	const client = {
		preview: (form: ImportRequestForm) => reply('preview', form),
		run: (form: ImportRequestForm, dryRun: boolean) => reply(dryRun ? 'dry' : 'real', form),
		catalogue: async () => ({ kinds: {}, limits: {} })
	} as unknown as ImportClient;
	return { client, forms };
}

const file = () => new File(['x'], 'spots.csv', { type: 'text/csv' });

describe('ImportFlow', () => {
	it('previews a chosen file, keeps the clerk mapping on top of the detected one', async () => {
		const { client, forms } = createClient((call) =>
			call === 'preview' ? createPreview({ id: '编号' }) : createResult(true)
		);
		const flow = new ImportFlow(client);
		flow.setCrs('gcj02');
		flow.setFile(file());
		await Promise.resolve();
		await new Promise((r) => setTimeout(r));
		flushSync();
		expect(flow.step).toBe('preview');
		flow.setColumn('lng', 'X');
		flow.setColumn('lat', 'Y');
		expect(flow.effectiveMapping).toEqual({ id: '编号', lng: 'X', lat: 'Y' });
		await flow.dryRun();
		expect(flow.step).toBe('checked');
		const last = forms.at(-1)!;
		expect(last.call).toBe('dry');
		expect(last.form.crs).toBe('gcj02');
		expect(last.form.mapping).toEqual({ id: '编号', lng: 'X', lat: 'Y' });
	});

	it('shows the refused rows grouped and stays before the import step', async () => {
		const rejected = [
			{ row: 3, column: '经度', code: 'required_empty' as const, message: '经度为必填项，不能为空' }
		];
		const { client } = createClient((call) =>
			call === 'preview'
				? createPreview({})
				: new ImportRejectedError('invalid_rows', '1 row refused', {
						rejected,
						total: 1,
						rejectedRows: 1
					})
		);
		const flow = new ImportFlow(client);
		flow.setFile(file());
		await new Promise((r) => setTimeout(r));
		await flow.dryRun();
		// A server without `groups` (before issue 11): each problem is a line of its own.
		expect(flow.rejected).toEqual({
			code: 'invalid_rows',
			total: 1,
			rows: 1,
			groups: [
				{
					code: 'required_empty',
					column: '经度',
					message: '经度为必填项，不能为空',
					rows: [[3, 3]],
					count: 1,
					examples: []
				}
			]
		});
		expect(flow.step).toBe('preview');
		expect(flow.busy).toBe(false);
	});

	it('reaches done after a real import and clears the outcome when the CRS changes', async () => {
		const { client } = createClient((call) =>
			call === 'preview' ? createPreview({}) : createResult(call === 'dry')
		);
		const flow = new ImportFlow(client);
		flow.setFile(file());
		await new Promise((r) => setTimeout(r));
		await flow.dryRun();
		await flow.commit();
		expect(flow.step).toBe('done');
		expect(flow.result?.inserted).toBe(2);
		flow.setCrs('bd09');
		expect(flow.step).toBe('preview');
	});

	it('sends the page language, asks again when it changes, and needs far points confirmed', async () => {
		const far = {
			code: 'far_from_zones' as const,
			column: '经度',
			params: { km: 50 },
			message: '距离所有已有区域都超过 50 公里',
			rows: [[2, 3]] as [number, number][],
			count: 2,
			examples: ['-71.07, 42.29']
		};
		const { client, forms } = createClient((call) =>
			call === 'preview'
				? createPreview({})
				: { ...createResult(call === 'dry'), warnings: call === 'dry' ? [far] : [] }
		);
		const flow = new ImportFlow(client);
		flow.setFile(file());
		await new Promise((r) => setTimeout(r));
		await flow.dryRun();
		expect(forms.map((f) => [f.call, f.form.lang])).toEqual([
			['preview', 'zh-CN'],
			['dry', 'zh-CN']
		]);
		expect(flow.warnings).toEqual([far]);
		expect(flow.canCommit).toBe(false);
		flow.allowFar = true;
		expect(flow.canCommit).toBe(true);
		await flow.setLang('en');
		// The preview and the dry run are asked again in English; the confirmation is asked again.
		expect(forms.slice(2).map((f) => [f.call, f.form.lang])).toEqual([
			['preview', 'en'],
			['dry', 'en']
		]);
		expect(flow.canCommit).toBe(false);
		flow.allowFar = true;
		await flow.commit();
		expect(forms.at(-1)).toMatchObject({ call: 'real', form: { allowFar: true, lang: 'en' } });
		expect(flow.step).toBe('done');
	});
});
