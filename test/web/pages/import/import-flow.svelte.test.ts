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
		preview: []
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

	it('shows every rejected row and stays before the import step', async () => {
		const rejected = [{ row: 3, column: '经度', message: 'lng is empty' }];
		const { client } = createClient((call) =>
			call === 'preview'
				? createPreview({})
				: new ImportRejectedError('invalid_rows', '1 row refused', rejected)
		);
		const flow = new ImportFlow(client);
		flow.setFile(file());
		await new Promise((r) => setTimeout(r));
		await flow.dryRun();
		expect(flow.rejected).toEqual(rejected);
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
});
