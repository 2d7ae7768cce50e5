import { format, resolveConfig } from 'prettier';
import { AREA_BOUND_ROLES, ROLES } from '../server/contract/accounts';
import { PERMISSIONS, type Bound } from '../server/contract/permissions';

const BOUNDS: Record<Bound, string> = {
	zones: `zones — ${AREA_BOUND_ROLES.join(', ')} see only their zones and the zones below`,
	team: "team — a sprayer reaches only plans with their team's route, and only that route"
};

/** docs/permissions.md, rendered from contract/permissions.ts (`npm run docs:permissions`). */
export function renderPermissionsDoc(): string {
	const head = `| Method | Path | ${ROLES.join(' | ')} | Bound |`;
	const rule = `|---|---|${ROLES.map(() => ':-:').join('|')}|---|`;
	const rows = PERMISSIONS.map((p) => {
		const cells = ROLES.map((r) =>
			p.access === 'anonymous' ? 'anon' : p.access.includes(r) ? '✓' : ''
		);
		return `| ${p.method} | \`${p.path}\` | ${cells.join(' | ')} | ${p.bound ?? ''} |`;
	});
	return [
		'# Permissions',
		'',
		'<!-- Generated from server/contract/permissions.ts by `npm run docs:permissions`; do not edit. -->',
		'',
		'Every route the server registers, the roles allowed (✓) and what bounds an area-bound role.',
		'`anon` rows need no sign-in. Anyone else gets 401 without a session, token or password, and',
		'403 when their role has no ✓. `test/server/accounts/route-walk.test.ts` checks the app',
		'against this table. Static files of the dashboard are public.',
		'',
		head,
		rule,
		...rows,
		'',
		'Bounds:',
		'',
		...Object.values(BOUNDS).map((b) => `- ${b}`),
		''
	].join('\n');
}

/** The rendered file as `prettier --write` leaves it (the repository's format check passes). */
export async function formattedPermissionsDoc(path: string): Promise<string> {
	const options = (await resolveConfig(path)) ?? {};
	return format(renderPermissionsDoc(), { ...options, filepath: path });
}
