import { CredentialCache } from '../domain/accounts/credential-cache';
import { LoginThrottle } from '../domain/accounts/login-throttle';
import { formatLocalTime } from '../domain/routing/local-time';

export interface AuthOptions {
	/** The clock sessions, tokens and the throttle run on; tests move it. */
	now?: () => Date;
	/** SANIMAP_SECURE_COOKIE=1: the session cookie is sent over HTTPS only. */
	secureCookie?: boolean;
	/** The one-time token of the setup link printed at start while no user exists. */
	setupToken?: string | null;
}

/** What sign-in keeps in memory for one server process: throttle, Basic cache, setup token. */
export class AuthState {
	readonly now: () => Date;
	readonly secureCookie: boolean;
	readonly throttle: LoginThrottle;
	readonly credentials: CredentialCache;
	setupToken: string | null;

	constructor(options: AuthOptions = {}) {
		this.now = options.now ?? (() => new Date());
		this.secureCookie = options.secureCookie ?? false;
		this.setupToken = options.setupToken ?? null;
		this.throttle = new LoginThrottle(() => this.now().getTime());
		this.credentials = new CredentialCache(() => this.now().getTime());
	}

	/** Now as stored: Asia/Shanghai wall time. */
	local(): string {
		return formatLocalTime(this.now());
	}
}
