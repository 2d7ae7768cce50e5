import type { BrowserContext, Page } from 'playwright-core';
import type { Role } from '../../../server/contract/accounts';

/**
 * Signs the browser context in as the demo town's `demo-<role>` (POST /api/auth/demo). The
 * context's request shares its cookies with its pages, so every page opened after is signed in.
 */
export async function signInDemo(
	context: BrowserContext,
	url: string,
	role: Role = 'planner'
): Promise<void> {
	const response = await context.request.post(`${url}/api/auth/demo`, {
		data: { role },
		headers: { origin: url }
	});
	if (!response.ok()) throw new Error(`demo sign-in as ${role}: ${response.status()}`);
}

/** Signs in through the login form of `page`, which is on /login. */
export async function signInThroughForm(
	page: Page,
	username: string,
	password: string
): Promise<void> {
	await page.locator('#login-username').fill(username);
	await page.locator('#login-password').fill(password);
	await page.locator('[data-testid="login-form"] button[type="submit"]').click();
}

/** JSON requests as the context's signed-in user (its cookie, and this site's Origin for CSRF). */
export function contextApi(context: BrowserContext, url: string) {
	const check = async (path: string, response: Awaited<ReturnType<typeof context.request.get>>) => {
		if (!response.ok()) throw new Error(`${path}: ${response.status()} ${await response.text()}`);
		return response.json();
	};
	return {
		async get<T>(path: string): Promise<T> {
			// A reused keep-alive connection the server has just closed is retried once, as browsers do.
			const response = await context.request.get(`${url}${path}`, { maxRetries: 1 });
			return (await check(path, response)) as T;
		},
		async post<T>(path: string, body: unknown): Promise<T> {
			const response = await context.request.post(`${url}${path}`, {
				data: body as Record<string, unknown>,
				headers: { origin: url }
			});
			return (await check(path, response)) as T;
		}
	};
}
