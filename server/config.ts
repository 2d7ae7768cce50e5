import { z } from 'zod';
import { MIN_PASSWORD_CHARS } from './contract/account-requests';

/** Environment of design.md §3, validated once at start-up with messages an operator can act on. */
const envSchema = z.object({
	HOST: z.string().min(1).default('127.0.0.1'),
	PORT: z.coerce
		.number({ message: 'PORT must be a number' })
		.int('PORT must be a whole number')
		.min(0)
		.max(65535, 'PORT must be at most 65535')
		.default(8787),
	SANIMAP_DB: z.string().min(1).default('data/sanimap.duckdb'),
	SANIMAP_DEMO: z.enum(['0', '1'], { message: 'SANIMAP_DEMO must be 0 or 1' }).default('1'),
	SANIMAP_SERVICE_AREA: z
		.string()
		.optional()
		.transform((s) => (s ? s.split(',').map(Number) : null))
		.refine((xs) => xs === null || (xs.length === 4 && xs.every(Number.isFinite)), {
			message: 'SANIMAP_SERVICE_AREA must be west,south,east,north'
		}),
	SANIMAP_ADMIN: z
		.string()
		.optional()
		.transform((s) => {
			if (!s) return null;
			const colon = s.indexOf(':');
			return { username: s.slice(0, colon), password: s.slice(colon + 1) };
		})
		.refine((a) => a === null || /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/.test(a.username), {
			message:
				'SANIMAP_ADMIN must be name:password, the name 2 to 64 letters, digits, dots, dashes or underscores'
		})
		.refine((a) => a === null || a.password.length >= MIN_PASSWORD_CHARS, {
			message: `SANIMAP_ADMIN's password must be at least ${MIN_PASSWORD_CHARS} characters`
		}),
	SANIMAP_SECURE_COOKIE: z
		.enum(['0', '1'], { message: 'SANIMAP_SECURE_COOKIE must be 0 or 1' })
		.default('0'),
	SANIMAP_ALLOWED_HOSTS: z
		.string()
		.optional()
		.transform((s) =>
			s
				? s
						.split(',')
						.map((h) => h.trim())
						.filter(Boolean)
				: []
		)
});

export interface ServerConfig {
	host: string;
	port: number;
	dbPath: string;
	/** Create the demo town in a new database file (SANIMAP_DEMO, default on). */
	demo: boolean;
	serviceArea: [number, number, number, number] | null;
	/** Host names users reach the server by, beyond loopback and the listening address. */
	allowedHosts: string[];
	/** SANIMAP_ADMIN=name:password: this admin is created at start unless the name exists. */
	admin: { username: string; password: string } | null;
	/** SANIMAP_SECURE_COOKIE=1 behind HTTPS: the session cookie gets `Secure`. */
	secureCookie: boolean;
}

export function readConfig(env: NodeJS.ProcessEnv): ServerConfig {
	const parsed = envSchema.safeParse(env);
	if (!parsed.success) {
		throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
	}
	const e = parsed.data;
	return {
		host: e.HOST,
		port: e.PORT,
		dbPath: e.SANIMAP_DB,
		demo: e.SANIMAP_DEMO === '1',
		serviceArea: e.SANIMAP_SERVICE_AREA as ServerConfig['serviceArea'],
		allowedHosts: e.SANIMAP_ALLOWED_HOSTS,
		admin: e.SANIMAP_ADMIN,
		secureCookie: e.SANIMAP_SECURE_COOKIE === '1'
	};
}
