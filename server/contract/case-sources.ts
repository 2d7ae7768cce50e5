/**
 * Where a case came from (issue 14 item 1) and how urgent it is: stored codes with the names
 * the UI shows. Zod-free, so the web may import its values.
 */

export const CASE_SOURCES = ['grid', 'patrol', 'resident', 'inspection', 'import'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export const CASE_SOURCE_NAMES: Readonly<Record<CaseSource, { zh: string; en: string }>> = {
	grid: { zh: '网格员上报', en: 'Grid staff' },
	patrol: { zh: '巡查发现', en: 'Patrol' },
	resident: { zh: '市民投诉', en: 'Resident' },
	inspection: { zh: '督查检查', en: 'Inspection' },
	import: { zh: '批量导入', en: 'Import' }
};

export const CASE_PRIORITIES = ['normal', 'urgent'] as const;
export type CasePriority = (typeof CASE_PRIORITIES)[number];

/** What a case links to besides its photos: the spray stop or patrol check it came from. */
export const CASE_ORIGIN_KINDS = ['spray_stop', 'patrol_check', 'inspection'] as const;
export type CaseOriginKind = (typeof CASE_ORIGIN_KINDS)[number];

/**
 * History rows that are not workflow actions: `report` (the case was created), `migrate` (the
 * status a blind spot had when cases began, issue 14) and `import` (a re-import changed it).
 * A spray stop done on a case is a `handle` by the sprayer.
 */
export const CASE_HISTORY_EVENTS = ['report', 'migrate', 'import'] as const;
