import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDashboard, type DashboardSession } from './helpers/dashboard-session';

let session: DashboardSession;
const violations: string[] = [];
beforeAll(async () => {
	session = await openDashboard('/', 'admin');
	session.page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
	});
	await session.page.exposeFunction('reportCspViolation', (v: string) => violations.push(v));
	await session.page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { reportCspViolation(v: string): void }).reportCspViolation(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		);
	});
}, 180_000);
afterAll(async () => session?.close());

describe('the dashboard under its Content-Security-Policy', () => {
	it.each([
		'/',
		'/compare',
		'/overview',
		'/routes',
		'/import',
		'/account',
		'/admin/users',
		'/admin/audit'
	])(
		'%s draws with no CSP violation',
		async (path) => {
			violations.length = 0;
			const response = await session.page.goto(`${session.server.url}${path}`);
			expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
			await session.page.waitForLoadState('networkidle');
			if (['/', '/compare', '/routes'].includes(path)) {
				await session.page.waitForSelector('[data-map-ready="true"]', { timeout: 60_000 });
			}
			expect(violations).toEqual([]);
		},
		90_000
	);

	it('refuses and reports an injected inline script (the check above can fail)', async () => {
		violations.length = 0;
		const ran = await session.page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__injected = true';
			document.body.append(s);
			return new Promise((done) =>
				setTimeout(() => done((window as unknown as { __injected?: boolean }).__injected), 200)
			);
		});
		expect(ran).toBeUndefined();
		expect(violations.join()).toContain('script-src');
	});
});
