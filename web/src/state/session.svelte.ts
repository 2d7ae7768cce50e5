import type { Me } from '../../../server/contract/accounts';
import { ApiError, isAbortError } from '../api/client';

/** The calls the session makes; `createAuthClient()` in the app, a stub in tests. */
export interface SessionApi {
	me(signal?: AbortSignal): Promise<Me>;
	logout(): Promise<void>;
}

/**
 * The user last signed in on this browser, kept so the phone page /m opens without a network
 * (its service worker serves the page; /api/auth/me cannot answer). `read` gives null where
 * the page does not work offline.
 */
export interface RememberedUser {
	read(): Me | null;
	write(me: Me | null): void;
}

/**
 * Who is signed in. `loading` until `/api/auth/me` answers at start, so the shell shows
 * neither the login page nor a page that would fail; then `signed_in` with `me`, or
 * `signed_out`. `expired` is true when the server ended a session this tab had: the login
 * page then says so.
 */
export class Session {
	state = $state<'loading' | 'signed_in' | 'signed_out'>('loading');
	me = $state.raw<Me | null>(null);
	expired = $state(false);
	/** Set when `/api/auth/me` failed for another reason than being signed out. */
	error = $state.raw<ApiError | null>(null);
	/** Signed in from the remembered user because the server could not be reached. */
	offline = $state(false);

	constructor(
		private readonly api: SessionApi,
		private readonly remembered?: RememberedUser
	) {}

	/** Asks the server who is signed in (at start, and to retry after a network error). */
	async load(signal?: AbortSignal): Promise<void> {
		this.state = 'loading';
		this.error = null;
		try {
			this.signedIn(await this.api.me(signal));
		} catch (error) {
			if (isAbortError(error)) return;
			this.me = null;
			if (error instanceof ApiError && error.status === 401) {
				this.remembered?.write(null);
				this.state = 'signed_out';
				return;
			}
			// No network at all: a page that works offline goes on as the user last signed in.
			const known =
				error instanceof ApiError && error.status === 0 ? this.remembered?.read() : null;
			if (known) {
				this.signedIn(known, true);
				return;
			}
			// The server is unreachable or failing: stay "loading" with the error shown, rather
			// than send a signed-in user to the login page.
			this.error = error instanceof ApiError ? error : new ApiError(0, 'network', String(error));
		}
	}

	/** A login, demo or setup answered with the user. */
	signedIn(me: Me, offline = false): void {
		this.me = me;
		this.state = 'signed_in';
		this.expired = false;
		this.error = null;
		this.offline = offline;
		if (!offline) this.remembered?.write(me);
	}

	/** Any API call answered 401 `unauthenticated`: the session ended on the server. */
	expire(): void {
		if (this.state !== 'signed_in') return;
		this.remembered?.write(null);
		this.me = null;
		this.state = 'signed_out';
		this.expired = true;
	}

	/** Signs out on the server, then here; a failed request still forgets the user here. */
	async signOut(): Promise<void> {
		try {
			await this.api.logout();
		} catch {
			// The cookie may be gone already; the login page is shown either way.
		}
		this.remembered?.write(null);
		this.me = null;
		this.expired = false;
		this.state = 'signed_out';
	}
}
