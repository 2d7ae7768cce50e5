import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../../helpers/signed-in-app';
import type { Database } from '../../../server/db/database';
import { chooseEncoding } from '../../../server/middleware/compression';
import { allowedHostsFor, hostOf } from '../../../server/middleware/host-allow-list';
import { ShutdownGate } from '../../../server/middleware/shutdown-gate';
import { createMiniTownStore } from '../../helpers/mini-town';

let db: Database;
let webRoot: string;
let app: TestApp;
beforeAll(async () => {
	db = await createMiniTownStore();
	webRoot = mkdtempSync(join(tmpdir(), 'sanimap-web-'));
	mkdirSync(join(webRoot, 'assets'));
	writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>SaniMap</title>');
	writeFileSync(join(webRoot, 'assets', 'index-AbC123.js'), 'console.log(1);'.repeat(200));
	app = createTestApp({
		db,
		version: 'test',
		webRoot,
		allowedHosts: allowedHostsFor('127.0.0.1', ['sanimap.town.example'])
	});
});
afterAll(async () => {
	await db.close();
	rmSync(webRoot, { recursive: true, force: true });
});

const request = (path: string, headers: Record<string, string> = {}) =>
	app.request(`http://127.0.0.1:8787${path}`, { headers });

describe('security headers', () => {
	it.each(['/api/health', '/api/nope', '/', '/assets/index-AbC123.js', '/ogc'])(
		'%s carries CSP, nosniff, frame and referrer rules',
		async (path) => {
			const res = await request(path);
			const csp = res.headers.get('Content-Security-Policy') ?? '';
			expect(csp).toContain("frame-ancestors 'none'");
			expect(csp).toContain("script-src 'self'");
			expect(csp).toContain("object-src 'none'");
			expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
			expect(res.headers.get('X-Frame-Options')).toBe('DENY');
			expect(res.headers.get('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
		}
	);
});

describe('Host allow-list (DNS rebinding)', () => {
	it.each(['127.0.0.1:8787', 'localhost:8787', '[::1]:8787', 'SaniMap.Town.Example'])(
		'answers Host %s',
		async (host) => {
			expect((await request('/api/health', { Host: host })).status).toBe(200);
		}
	);

	it('refuses a host name that was pointed at the server, before any route runs', async () => {
		const res = await request('/ogc', { Host: 'attacker.example:8787' });
		expect(res.status).toBe(421);
		const body = await res.json();
		expect(body.error.code).toBe('host_not_allowed');
		expect(body.error.message).toContain('SANIMAP_ALLOWED_HOSTS');
	});

	it('parses host names with ports and IPv6 brackets', () => {
		expect(hostOf('[::1]:8787')).toBe('::1');
		expect(hostOf('Example.ORG:80')).toBe('example.org');
		expect(allowedHostsFor('0.0.0.0', []).has('127.0.0.1')).toBe(true);
	});
});

describe('compression', () => {
	it('sends GeoJSON brotli-compressed to a client that accepts br, and it decodes to the same data', async () => {
		const plain = await (await request('/api/layers/zones')).text();
		const res = await request('/api/layers/zones', { 'Accept-Encoding': 'gzip, deflate, br' });
		expect(res.headers.get('Content-Encoding')).toBe('br');
		expect(res.headers.get('Vary')).toContain('Accept-Encoding');
		const packed = Buffer.from(await res.arrayBuffer());
		expect(packed.length).toBeLessThan(plain.length / 3);
		expect(brotliDecompressSync(packed).toString()).toBe(plain);
	});

	it('uses gzip when the client does not accept br', async () => {
		const res = await request('/api/layers/zones', { 'Accept-Encoding': 'gzip' });
		expect(res.headers.get('Content-Encoding')).toBe('gzip');
		const text = gunzipSync(Buffer.from(await res.arrayBuffer())).toString();
		expect(JSON.parse(text).type).toBe('FeatureCollection');
	});

	it('leaves small files and clients without Accept-Encoding alone', async () => {
		writeFileSync(join(webRoot, 'assets', 'tiny-1.js'), 'x;');
		const small = await request('/assets/tiny-1.js', { 'Accept-Encoding': 'br' });
		expect(small.headers.get('Content-Encoding')).toBeNull();
		const none = await request('/api/layers/zones');
		expect(none.headers.get('Content-Encoding')).toBeNull();
	});

	it('compresses the Arrow point layers (issue 18) and says it varies on both Accept headers', async () => {
		const headers = { Accept: 'application/vnd.apache.arrow.stream' };
		const plain = Buffer.from(await (await request('/api/layers/surveys', headers)).arrayBuffer());
		const res = await request('/api/layers/surveys', { ...headers, 'Accept-Encoding': 'gzip' });
		expect(res.headers.get('Content-Encoding')).toBe('gzip');
		expect(res.headers.get('Vary')).toBe('Accept, Accept-Encoding');
		expect(gunzipSync(Buffer.from(await res.arrayBuffer()))).toEqual(plain);
	});

	it('sends images as they are: they are compressed already', async () => {
		// A PNG signature and 4 kB of filler: large enough, but not a compressible type.
		const png = Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(4096, 7)]);
		writeFileSync(join(webRoot, 'assets', 'map-icon-1.png'), png);
		const res = await request('/assets/map-icon-1.png', { 'Accept-Encoding': 'gzip, br' });
		expect(res.headers.get('Content-Type')).toBe('image/png');
		expect(res.headers.get('Content-Encoding')).toBeNull();
		expect(Buffer.from(await res.arrayBuffer())).toEqual(png);
	});

	it('honours q-values', () => {
		expect(chooseEncoding('gzip;q=1, br;q=0.5')).toBe('gzip');
		expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
		expect(chooseEncoding('identity')).toBeNull();
		expect(chooseEncoding('*')).toBe('br');
	});
});

describe('caching of the built dashboard', () => {
	it('caches hashed assets for a year and revalidates the app shell', async () => {
		const asset = await request('/assets/index-AbC123.js');
		expect(asset.status).toBe(200);
		expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		const shell = await request('/compare');
		expect(shell.status).toBe(200);
		expect(shell.headers.get('Cache-Control')).toBe('no-cache');
		const api = await request('/api/health');
		expect(api.headers.get('Cache-Control')).toBeNull();
	});
});

describe('shutdown gate', () => {
	it('answers requests that arrive after the signal with 503, Retry-After and Connection: close', async () => {
		const gate = new ShutdownGate();
		const gated = createTestApp({ db, version: 'test', shutdownGate: gate });
		const before = await gated.request('/api/health');
		expect(before.status).toBe(200);
		expect(before.headers.get('Connection')).toBeNull();
		gate.begin();
		const after = await gated.request('/api/health');
		expect(after.status).toBe(503);
		expect(after.headers.get('Connection')).toBe('close');
		expect(after.headers.get('Retry-After')).toBe('5');
		expect((await after.json()).error.code).toBe('shutting_down');
	});
});
