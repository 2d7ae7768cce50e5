/**
 * Request bodies of the accounts API (issue 13), checked at the HTTP boundary. The web uses
 * their `z.input` types only (value imports of zod files would ship zod to the browser).
 */
import { z } from 'zod';
import { MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS, ROLES } from './accounts';
import { MAX_ID_CHARS, idField, nameField, textField, wholeNumberField } from './fields';

/** Kept here too for the server's imports; the numbers live in zod-free accounts.ts. */

export { MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS };

const username = z
	.string({ message: 'username must be text' })
	.max(64, 'username must be at most 64 characters')
	.regex(
		/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/,
		'username must be 2 to 64 letters, digits, dots, dashes or underscores'
	);
const password = z
	.string({ message: 'password must be text' })
	.min(MIN_PASSWORD_CHARS, `password must be at least ${MIN_PASSWORD_CHARS} characters`)
	.max(MAX_PASSWORD_CHARS, `password must be at most ${MAX_PASSWORD_CHARS} characters`);
const role = z.enum(ROLES, { message: `role must be one of ${ROLES.join(', ')}` });
const zones = z.array(idField('zones[]', 'a zone id')).max(200, 'at most 200 zones');
const phone = z
	.string({ message: 'phone must be text' })
	.max(20, 'phone must be at most 20 characters')
	.regex(/^[0-9+\- ]{5,20}$/, 'phone must be 5 to 20 digits')
	.nullable();

/** 上级: another user's name, or null for none (督办 then tells the zone's planners). */
const superior = z
	.string({ message: 'superior must be a username' })
	.max(64, 'superior must be at most 64 characters')
	.nullable();

/** `POST /api/auth/login` (any password string: a wrong one is a 401, not a 400). */
export const loginBodySchema = z.object({
	username: textField('username', 64).min(1, 'username must not be empty'),
	password: textField('password', MAX_PASSWORD_CHARS).min(1, 'password must not be empty')
});

/** `POST /api/auth/demo` */
export const demoLoginBodySchema = z.object({ role });

/** `POST /api/auth/setup`: the first admin, with the token of the link printed at start. */
export const setupBodySchema = z.object({
	token: textField('token', 100),
	username,
	displayName: nameField('displayName'),
	password
});

/** `POST /api/auth/password`: the user's own; ends their other sessions. */
export const changePasswordBodySchema = z.object({
	current: textField('current', MAX_PASSWORD_CHARS),
	next: password
});

/** `POST /api/auth/tokens` */
export const createTokenBodySchema = z.object({ name: nameField('name') });

/** `POST /api/admin/users` */
export const createUserBodySchema = z.object({
	username,
	displayName: nameField('displayName'),
	role,
	zones: zones.default([]),
	team: idField('team', 'a team id').nullable().default(null),
	phone: phone.default(null),
	superior: superior.default(null),
	password
});

/** `PATCH /api/admin/users/:username`: only the fields given change. */
export const updateUserBodySchema = z
	.object({
		displayName: nameField('displayName'),
		role,
		zones,
		team: idField('team', 'a team id').nullable(),
		phone,
		superior,
		disabled: z.boolean({ message: 'disabled must be true or false' })
	})
	.partial()
	.strict();

/** `POST /api/admin/users/:username/password`: an admin sets a new one; the user's sessions end. */
export const resetPasswordBodySchema = z.object({ password });

/** `GET /api/admin/audit` and its export: filters, newest first. */
export const auditQuerySchema = z.object({
	username: textField('username', 64).optional(),
	action: textField('action', MAX_ID_CHARS).optional(),
	entity: textField('entity', MAX_ID_CHARS).optional(),
	from: z.iso.date({ message: 'from must be a date (YYYY-MM-DD)' }).max(10).optional(),
	to: z.iso.date({ message: 'to must be a date (YYYY-MM-DD)' }).max(10).optional(),
	// Worded bounds: zod's own messages would show its internal number limits (fuzz test).
	limit: wholeNumberField('limit', 1, 1000).default(100),
	offset: wholeNumberField('offset', 0, 10_000_000).default(0)
});
