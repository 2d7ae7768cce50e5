import { getContext, setContext } from 'svelte';
import type { Session } from '../state/session.svelte';

const KEY = Symbol('session');

export function setSession(session: Session): Session {
	return setContext(KEY, session);
}

/** The signed-in user's session, set by the app shell. */
export function getSession(): Session {
	const session = getContext<Session | undefined>(KEY);
	if (!session) throw new Error('getSession() outside the app shell');
	return session;
}
