/**
 * Who works the demo town's cases (issue 14 item 12): the demo-<role> users take the workflow
 * actions, and the field crews below are the assignees. Names are invented.
 */
import type { CaseAction } from '../contract/case-states';
import type { CaseSource } from '../contract/case-sources';

export interface CrewMember {
	username: string;
	role: string | null;
}

/** Who reports a case of each source; residents' and imported reports are the system's. */
export const REPORTER_OF: Record<CaseSource, CrewMember> = {
	grid: { username: 'demo-grid', role: 'grid' },
	patrol: { username: 'demo-patrol', role: 'patrol' },
	inspection: { username: 'demo-inspector', role: 'inspector' },
	resident: { username: 'system:resident', role: null },
	import: { username: 'system:import', role: null }
};

/** Who takes each workflow action (domain/cases/case-transitions.ts allows each role). */
export const ACTOR_OF: Record<CaseAction, CrewMember> = {
	accept: { username: 'demo-grid', role: 'grid' },
	reject: { username: 'demo-grid', role: 'grid' },
	merge: { username: 'demo-grid', role: 'grid' },
	dispatch: { username: 'demo-planner', role: 'planner' },
	start: { username: 'demo-patrol', role: 'patrol' },
	handle: { username: 'demo-patrol', role: 'patrol' },
	verify_pass: { username: 'demo-inspector', role: 'inspector' },
	verify_fail: { username: 'demo-inspector', role: 'inspector' },
	escalate: { username: 'demo-planner', role: 'planner' },
	refer: { username: 'demo-planner', role: 'planner' },
	record_outcome: { username: 'demo-planner', role: 'planner' }
};

/** Field crews a case is dispatched to: the person and their unit. */
export const DEMO_ASSIGNEES: readonly { name: string; unit: string }[] = [
	{ name: '陈伟', unit: '镇环卫所' },
	{ name: '李娜', unit: '镇环卫所' },
	{ name: '张强', unit: '市政养护队' },
	{ name: '王芳', unit: '物业服务中心' },
	{ name: '刘洋', unit: '村委会保洁队' },
	{ name: '赵敏', unit: '市政养护队' }
];

/** The notes a history row may carry, by action. */
export const DEMO_NOTES = {
	dispatch: '请按时限处置并拍照反馈',
	handle: '已清理完毕，现场拍照',
	verify_fail: '现场仍有残留，退回返工',
	reject: ['非本镇管辖范围，已告知上报人', '现场核实无此问题'],
	escalate: '已超期，请加快处置'
} as const;
