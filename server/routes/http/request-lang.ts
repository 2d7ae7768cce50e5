import type { Context } from 'hono';

/** The language of a refusal: `?lang=en`, else an English `Accept-Language`, else Chinese. */
export function langOf(c: Context): 'zh-CN' | 'en' {
	const q = c.req.query('lang');
	if (q === 'en' || q === 'zh-CN') return q;
	return /^en\b/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'zh-CN';
}
