/**
 * Issue 15: the cases list's `escalated` filter. 督办 (`supervised`) is a case a planner
 * escalated; 已移交城管 (`referred`) one handed to the enforcement brigade, whether it still
 * waits for the reply or the reply has closed it. The export reads the same filter.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useCaseTestbed, type Json, type Users } from './case-helpers';

const { bed, report } = useCaseTestbed('2025-09-26T16:00:00');
let as: Users;
beforeAll(() => void ({ as } = bed));

const act = async (id: string, body: Record<string, unknown>) => {
	const role = body.action === 'accept' ? 'grid' : 'planner';
	const res = await as(role, role === 'grid' ? ['c02'] : undefined).act(id, body);
	expect(res.status, JSON.stringify(res.body)).toBe(200);
};

describe('GET /api/cases?escalated=…', () => {
	let plain: string, supervised: string, referred: string, answered: string;
	beforeAll(async () => {
		plain = (await report()).id;
		supervised = (await report()).id;
		referred = (await report()).id;
		answered = (await report()).id;
		await act(plain, { action: 'accept' });
		await act(supervised, { action: 'accept' });
		await act(supervised, { action: 'escalate', note: '请尽快处理' });
		await act(referred, { action: 'accept' });
		await act(referred, { action: 'refer' });
		await act(answered, { action: 'accept' });
		await act(answered, { action: 'refer' });
		await act(answered, { action: 'record_outcome', outcome: 'penalised' });
	});
	const ids = async (query: string) => {
		const res = await as('admin').get(`/api/cases?${query}&limit=1000`);
		expect(res.status, JSON.stringify(res.body)).toBe(200);
		return res.body.cases.map((c: Json) => c.id as string).sort();
	};

	it('督办: only the case a planner escalated (none of the mini town’s own cases)', async () => {
		expect(await ids('escalated=supervised')).toEqual([supervised]);
	});

	it('已移交城管: the referred case and the one the brigade answered (now closed)', async () => {
		expect(await ids('escalated=referred')).toEqual([referred, answered].sort());
		expect(await ids('escalated=referred&status=closed')).toEqual([answered]);
	});

	it('both: either one; with no filter all four are listed', async () => {
		expect(await ids('escalated=supervised,referred')).toEqual(
			[supervised, referred, answered].sort()
		);
		const all = await ids('sort=id');
		for (const id of [plain, supervised, referred, answered]) expect(all).toContain(id);
	});

	it('the export holds the same rows', async () => {
		const res = await as('planner').get('/api/cases/export?format=csv&escalated=referred');
		expect(res.status).toBe(200);
		const rows = (res.body as string)
			.replace(/^\uFEFF/, '')
			.trim()
			.split('\r\n')
			.slice(1);
		expect(rows.map((l) => l.split(',')[0]).sort()).toEqual([referred, answered].sort());
	});

	it('an unknown value is a 400 naming the allowed ones', async () => {
		const res = await as('admin').get('/api/cases?escalated=urgent');
		expect(res.status).toBe(400);
		expect(JSON.stringify(res.body)).toContain('supervised, referred');
	});
});
