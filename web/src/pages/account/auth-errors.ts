import { ApiError } from '../../api/client';
import type { Translate } from '../../i18n';

/** The sentence for a failed sign-in, setup or password form, from the server's error code. */
export function authErrorText(error: unknown, t: Translate): string {
	if (!(error instanceof ApiError)) return t('login.error.other', { message: String(error) });
	switch (error.code) {
		case 'invalid_credentials':
			return t('login.error.invalid_credentials');
		case 'too_many_attempts':
			return error.retryAfter
				? t('login.error.too_many_attempts', { seconds: error.retryAfter })
				: t('login.error.too_many_attempts_later');
		case 'network':
			return t('login.error.network');
		default:
			return t('login.error.other', { message: error.message });
	}
}

/** A password form's own check before sending: long enough, typed the same twice. */
export function passwordProblem(
	password: string,
	repeat: string,
	min: number,
	t: Translate
): string | null {
	if (password.length < min) return t('password.tooShort', { n: min });
	if (password !== repeat) return t('password.mismatch');
	return null;
}
