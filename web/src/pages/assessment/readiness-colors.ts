import type { ReadinessState, SampleFlag } from '../../../../server/contract/assessment-readiness';

/** Map and table colours of the readiness view: red cases, amber overdue sections, green ready. */
export const READINESS_COLORS: Record<ReadinessState, [number, number, number]> = {
	cases: [200, 40, 40],
	stale: [230, 150, 20],
	ready: [40, 150, 70]
};
export const SAMPLE_COLOR: [number, number, number] = [30, 90, 200];
export const FLAG_CLASS: Record<SampleFlag, string> = {
	problem: 'flag-problem',
	risk: 'flag-risk',
	ok: 'flag-ok'
};
export const css = ([r, g, b]: [number, number, number]) => `rgb(${r}, ${g}, ${b})`;
