import { CASE_ACTION_NAMES, type CaseAction } from '../../../../server/contract/case-states';
import { CASE_SOURCE_NAMES, type CaseSource } from '../../../../server/contract/case-sources';
import type { MessageKey, Translate } from '../../i18n';
import type { Lang } from '../../state/lang';

const HISTORY_EVENTS: Record<string, MessageKey> = {
	report: 'case.history.report',
	migrate: 'case.history.migrate',
	import: 'case.history.import',
	auto_escalate: 'case.history.auto_escalate'
};

/** A history row's or button's action as the office says it (立案, 派遣, 核查通过 …). */
export function actionName(action: string, lang: Lang, t: Translate): string {
	const named = CASE_ACTION_NAMES[action as CaseAction];
	if (named) return lang === 'en' ? named.en : named.zh;
	const event = HISTORY_EVENTS[action];
	return event ? t(event) : action;
}

export function sourceName(source: CaseSource, lang: Lang): string {
	const named = CASE_SOURCE_NAMES[source];
	return named ? (lang === 'en' ? named.en : named.zh) : source;
}

/** A role code as a name (网格员 …); an unknown or missing role shows as itself. */
export function roleName(role: string | null, t: Translate): string {
	if (!role) return '';
	const key = `role.${role}` as MessageKey;
	const text = t(key);
	return text === key ? role : text;
}
