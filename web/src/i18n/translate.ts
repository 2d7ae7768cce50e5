import type { MessageKey, Messages } from './zh-cn';

export type MessageParams = Record<string, string | number>;

/** Looks `key` up in `messages` and fills `{name}` placeholders from `params`. */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
	// An unknown code from the server (`status.foo`) shows as its key rather than breaking.
	const text: string = messages[key] ?? key;
	if (!params) return text;
	return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}
