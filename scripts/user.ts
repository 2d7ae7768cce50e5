/**
 * `npm run user -- add <username> --role <role> [--name N] [--zones a,b] [--team T] [--phone P]`
 * `npm run user -- disable <username>` | `reset-password <username>` | `list`
 *
 * Manages accounts in SANIMAP_DB directly, through the same services as the admin pages, audited
 * as `system:cli`. Stop the server first: DuckDB allows one writing process per file. A
 * password comes from SANIMAP_PASSWORD, else is read from the terminal without echo (or one
 * line of stdin). Exit 0 done, 1 refused (taken name, bad field), 2 usage or no database.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ROLES } from '../server/contract/accounts';
import { createUserBodySchema, resetPasswordBodySchema } from '../server/contract/account-requests';
import { readConfig } from '../server/config';
import { AppError } from '../server/errors';
import { openStore } from '../server/ingest/open-store';
import { systemActor } from '../server/services/actor';
import { AuthState } from '../server/services/auth-state';
import { createUser, listUsers, setPassword, updateUser } from '../server/services/users';
import { readPassword } from './read-password';

const USAGE = `usage (stop the server first; DuckDB has one writer):
  npm run user -- add <username> --role ${ROLES.join('|')} [--name NAME] [--zones a,b] [--team TEAM] [--phone PHONE]
  npm run user -- disable <username>
  npm run user -- reset-password <username>
  npm run user -- list
The password comes from SANIMAP_PASSWORD or is asked for without echo.`;

function fail(message: string, code = 2): never {
	console.error(message);
	process.exit(code);
}

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		role: { type: 'string' },
		name: { type: 'string' },
		zones: { type: 'string' },
		team: { type: 'string' },
		phone: { type: 'string' },
		help: { type: 'boolean', default: false }
	}
});
const [command, username] = positionals;
if (values.help || !command) fail(USAGE, values.help ? 0 : 2);
if (command !== 'list' && !username) fail(USAGE);

const config = (() => {
	try {
		return readConfig(process.env);
	} catch (error) {
		return fail((error as Error).message);
	}
})();
if (!existsSync(config.dbPath)) fail(`no database at ${config.dbPath} (set SANIMAP_DB)`);
const { db } = await openStore(config.dbPath, { demo: false }).catch((error: Error) =>
	fail(
		/lock/i.test(error.message)
			? `${config.dbPath} is in use, probably by the server: stop it first (DuckDB has one writer).`
			: `cannot open ${config.dbPath}: ${error.message}`
	)
);
const auth = new AuthState();
const actor = systemActor('cli');

async function run(): Promise<string> {
	if (command === 'list') {
		const { users } = await listUsers(db, actor);
		return users
			.map(
				(u) =>
					`${u.username}\t${u.role}\t${u.disabled ? 'disabled' : 'active'}\t${u.displayName}\t${u.zones.join(',')}\t${u.team ?? ''}\t${u.phone ?? ''}`
			)
			.join('\n');
	}
	if (command === 'disable') {
		await updateUser(db, auth, actor, username, { disabled: true });
		return `disabled ${username}; their sessions ended`;
	}
	if (command === 'reset-password') {
		const { password } = parse(resetPasswordBodySchema, {
			password: await readPassword('New password: ')
		});
		await setPassword(db, auth, actor, username, password, 'user.password_reset');
		return `set a new password for ${username}; their sessions ended`;
	}
	if (command === 'add') {
		const body = parse(createUserBodySchema, {
			username,
			role: values.role,
			displayName: values.name ?? username,
			zones: values.zones ? values.zones.split(',').map((z) => z.trim()) : [],
			team: values.team ?? null,
			phone: values.phone ?? null,
			password: await readPassword('Password: ')
		});
		const user = await createUser(db, auth, actor, body);
		return `added ${user.username} (${user.role})`;
	}
	return fail(`unknown command ${command}\n${USAGE}`);
}

function parse<T>(
	schema: {
		safeParse(x: unknown): {
			success: boolean;
			data?: T;
			error?: { issues: { message: string }[] };
		};
	},
	value: unknown
): T {
	const result = schema.safeParse(value);
	if (!result.success)
		throw new AppError(
			400,
			'invalid_parameter',
			result.error!.issues.map((i) => i.message).join('; ')
		);
	return result.data!;
}

try {
	console.log(await run());
	await db.close();
} catch (error) {
	await db.close();
	if (error instanceof AppError) fail(error.message, 1);
	throw error;
}
