import { describe, expect, it } from 'vitest';
import { loginPathFor, nextFromSearch, safeNextPath } from '../../../web/src/app/next-path';

describe('the page to return to after signing in', () => {
	it.each([
		['/', '/'],
		['/routes', '/routes'],
		['/compare?a=2025&lang=en', '/compare?a=2025&lang=en'],
		['/routes/p%201/teams/%E4%B8%80%E9%98%9F', '/routes/p%201/teams/%E4%B8%80%E9%98%9F'],
		['/admin/audit#top', '/admin/audit#top'],
		// An escaped newline is only text in a path of this site.
		['/%0a/evil', '/%0a/evil']
	])('keeps a path of this site: %s', (raw, kept) => {
		expect(safeNextPath(raw)).toBe(kept);
	});

	it.each([
		null,
		undefined,
		'',
		'routes',
		'https://evil.example/',
		'//evil.example/x',
		'///evil.example',
		'/\\evil.example',
		'/\\/evil.example',
		'\\\\evil.example',
		'/a\nb',
		'/a\tb',
		'javascript:alert(1)',
		' /routes',
		'/login',
		'/login?next=/x',
		'/setup?token=abc',
		`/${'a'.repeat(2100)}`
	])('refuses anything else: %j', (raw) => {
		expect(safeNextPath(raw as string | null)).toBeNull();
	});

	it('builds the login address that comes back here', () => {
		expect(loginPathFor('/compare?a=1')).toBe('/login?next=%2Fcompare%3Fa%3D1');
		expect(loginPathFor('/')).toBe('/login');
		expect(loginPathFor('/login')).toBe('/login');
		expect(loginPathFor('//evil.example')).toBe('/login');
	});

	it('reads `next` from the login page’s query, checked', () => {
		expect(nextFromSearch('?next=%2Froutes%3Fx%3D1&lang=en')).toBe('/routes?x=1');
		expect(nextFromSearch('?next=https%3A%2F%2Fevil.example')).toBeNull();
		expect(nextFromSearch('?next=%2F%2Fevil.example')).toBeNull();
		expect(nextFromSearch('')).toBeNull();
	});
});
