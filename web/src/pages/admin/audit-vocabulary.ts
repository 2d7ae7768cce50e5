import { DATA_WRITES } from '../../../../server/contract/audit-actions';
import type { MessageKey, Translate } from '../../i18n';
import { teamName } from '../spray-plans/route-format';
import { zoneNames, type ZoneOption } from './zone-options';

/** Actions of the account writes (server/services: sign-in, users, tokens). */
const ACCOUNT_ACTIONS = [
	'auth.login',
	'auth.logout',
	'user.create',
	'user.update',
	'user.password_reset',
	'token.create',
	'token.revoke'
];
const ACCOUNT_ENTITIES = ['user', 'token', 'session'];

/** Every action the audit log names, accounts first, as the filter lists them. */
export const AUDIT_ACTIONS: readonly string[] = [
	...ACCOUNT_ACTIONS,
	...Object.values(DATA_WRITES).map((w) => w.action)
];
export const AUDIT_ENTITIES: readonly string[] = [
	...new Set([...ACCOUNT_ENTITIES, ...Object.values(DATA_WRITES).map((w) => w.entity)])
];

/** An action's words; one the web does not know yet shows as its code. */
export function actionLabel(action: string, t: Translate): string {
	return AUDIT_ACTIONS.includes(action) ? t(`audit.action.${action}` as MessageKey) : action;
}

export function entityLabel(entity: string, t: Translate): string {
	return AUDIT_ENTITIES.includes(entity) ? t(`audit.entity.${entity}` as MessageKey) : entity;
}

/** Field names of the account records, in the words of the users page. */
const FIELD_KEYS: Record<string, MessageKey> = {
	username: 'admin.users.username',
	displayName: 'admin.users.displayName',
	role: 'admin.users.role',
	zones: 'admin.users.zones',
	team: 'admin.users.team',
	phone: 'admin.users.phone',
	disabled: 'audit.field.disabled',
	name: 'tokens.col.name'
};

/** A changed field's name; one the web does not know shows as it is stored. */
export function fieldLabel(field: string, t: Translate): string {
	return field in FIELD_KEYS ? t(FIELD_KEYS[field]) : field;
}

/** What turns stored ids into names: the zones layer's zones and the page's language. */
export interface ValueNames {
	zones: readonly ZoneOption[];
	lang: string;
}

/**
 * A changed value: role codes as role names, zone ids as zone names, team ids as team
 * names, true/false as yes/no; others as they are.
 */
export function valueLabel(
	field: string,
	value: string | null,
	t: Translate,
	names?: ValueNames
): string | null {
	if (value === null) return null;
	if (names && (field === 'zones' || field === 'zone') && value)
		return zoneNames(value.split('、'), names.zones).join('、');
	if (names && field === 'team' && value) return teamName(value, names.lang, t);
	if (field === 'role' && /^(admin|planner|grid|patrol|sprayer|inspector|leader)$/.test(value))
		return t(`role.${value}` as MessageKey);
	if (value === 'true') return t('audit.yes');
	if (value === 'false') return t('audit.no');
	return value;
}
