import { describe, expect, it } from 'vitest';
import {
	campaignProgress,
	markTreated,
	phasesOutside,
	type StoredTarget
} from '../../../../server/domain/campaigns/campaign-progress';
import { campaignStatus } from '../../../../server/contract/campaign-plan-results';

const window = { from: '2025-03-10', to: '2025-04-30' };
const phases = [
	{ id: 'P1', name: '清理孳生地', from: '2025-03-10', to: '2025-03-24' },
	{ id: 'P2', name: '统一消杀', from: '2025-03-25', to: '2025-03-27' }
];
const target = (
	id: string,
	phaseId: string | null,
	teamId: string | null,
	zoneId: string | null
): StoredTarget => ({
	id,
	kind: 'water_body',
	label: id,
	lng: 113,
	lat: 23,
	phaseId,
	teamId,
	zoneId
});
const targets = [
	target('a', 'P1', 'team-1', 'c01'),
	target('b', 'P2', 'team-1', 'c01'),
	target('c', 'P2', 'team-2', 'c02'),
	target('d', null, 'team-2', 'c02'),
	target('e', null, null, 'c01'),
	target('f', null, 'team-1', null)
];
const visits = [
	{ stopId: 'a', day: '2025-03-20' }, // inside P1 (3/10–3/24): treated
	{ stopId: 'b', day: '2025-03-20' }, // before P2 (3/25–3/27): does not count
	{ stopId: 'c', day: '2025-03-26' },
	{ stopId: 'c', day: '2025-03-25' }, // the first day inside P2 is the one shown
	{ stopId: 'd', day: '2024-03-26' }, // last year's round: does not count
	{ stopId: 'e', day: '2025-04-30' } // no phase: the campaign's last day counts
];
const sprays = [{ day: '2025-04-02', targetIds: ['d', 'zz'] }]; // tagged with this campaign

describe('campaign progress', () => {
	const marked = markTreated(window, phases, targets, visits, sprays);

	it('counts a done stop only inside its phase (or the campaign) dates, or a campaign spray', () => {
		expect(marked.map((t) => [t.id, t.treatedOn, t.treatedBy])).toEqual([
			['a', '2025-03-20', 'stop'],
			['b', null, null],
			['c', '2025-03-25', 'stop'],
			['d', '2025-04-02', 'spray'],
			['e', '2025-04-30', 'stop'],
			['f', null, null]
		]);
	});

	it('gives the shares overall, by phase, by team and by community as counted by hand', () => {
		// Treated: a, c, d, e → 4 of 6.
		// Phase: P1 {a✓} 1/1; P2 {b✗, c✓} 1/2; none {d✓, e✓, f✗} 2/3.
		// Team: team-1 {a✓, b✗, f✗} 1/3; team-2 {c✓, d✓} 2/2; none {e✓} 1/1.
		// Community: c01 {a✓, b✗, e✓} 2/3; c02 {c✓, d✓} 2/2; none {f✗} 0/1.
		const p = campaignProgress(
			marked,
			phases,
			new Map([
				['team-1', '消杀一队'],
				['team-2', '消杀二队']
			]),
			new Map([
				['c01', '东湖社区'],
				['c02', '西岸社区']
			])
		);
		expect(p.overall).toEqual({ targets: 6, treated: 4 });
		expect(p.byPhase).toEqual([
			{ key: 'P1', name: '清理孳生地', targets: 1, treated: 1 },
			{ key: 'P2', name: '统一消杀', targets: 2, treated: 1 },
			{ key: null, name: null, targets: 3, treated: 2 }
		]);
		expect(p.byTeam).toEqual([
			{ key: 'team-1', name: '消杀一队', targets: 3, treated: 1 },
			{ key: 'team-2', name: '消杀二队', targets: 2, treated: 2 },
			{ key: null, name: null, targets: 1, treated: 1 }
		]);
		expect(p.byCommunity).toEqual([
			{ key: 'c01', name: '东湖社区', targets: 3, treated: 2 },
			{ key: 'c02', name: '西岸社区', targets: 2, treated: 2 },
			{ key: null, name: null, targets: 1, treated: 0 }
		]);
	});

	it('lists a phase with no targets yet, at 0 of 0', () => {
		const p = campaignProgress([], phases, new Map(), new Map());
		expect(p.byPhase.map((r) => [r.key, r.targets])).toEqual([
			['P1', 0],
			['P2', 0]
		]);
	});
});

describe('phase dates', () => {
	it('finds the phases that start before or end after the campaign', () => {
		expect(
			phasesOutside(window, [
				{ name: 'inside', from: '2025-03-10', to: '2025-04-30' },
				{ name: 'early', from: '2025-03-09', to: '2025-03-20' },
				{ name: 'late', from: '2025-04-20', to: '2025-05-01' }
			])
		).toEqual(['early', 'late']);
	});

	it('names a campaign 未开始 / 进行中 / 已结束 by today, both ends inside', () => {
		expect(campaignStatus('2025-03-10', '2025-04-30', '2025-03-09')).toBe('upcoming');
		expect(campaignStatus('2025-03-10', '2025-04-30', '2025-03-10')).toBe('running');
		expect(campaignStatus('2025-03-10', '2025-04-30', '2025-04-30')).toBe('running');
		expect(campaignStatus('2025-03-10', '2025-04-30', '2025-05-01')).toBe('ended');
	});
});
