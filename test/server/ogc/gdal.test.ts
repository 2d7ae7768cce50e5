import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startServer, type RunningServer } from '../../helpers/server-process';

/**
 * GDAL's OAPIF driver (Debian gdal-bin, toolchain.md §8; .ci/run installs it) as an outside
 * client of /ogc, against the real server on a temporary demo-town database.
 */
const run = promisify(execFile);
const COLLECTIONS = ['zones', 'roads', 'blindspots', 'surveys'] as const;
const BBOX = [113.08, 22.95, 113.1, 22.97] as const;
/**
 * GDAL 3.6 (Debian 12) asks 10 features a page and then follows the `next` links, which ask for
 * OGC_NEXT_PAGE_MIN_LIMIT (3.8+ reads the page size from /ogc/api): no PAGE_SIZE option needed.
 */

let server: RunningServer;
let dir: string;
/** GDAL signs in as a script would: a user name and access token (HTTP Basic). */
let gdal: { env: NodeJS.ProcessEnv };
let health: { counts: Record<(typeof COLLECTIONS)[number], number> };

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sanimap-gdal-'));
	server = await startServer({ SANIMAP_DB: join(dir, 'demo.duckdb') });
	health = (await (await fetch(`${server.url}/api/health`)).json()) as typeof health;
	gdal = { env: { ...process.env, GDAL_HTTP_USERPWD: `${server.admin.username}:${server.token}` } };
}, 90_000);
afterAll(async () => {
	await server?.stop();
	rmSync(dir, { recursive: true, force: true });
});

async function featureCount(gpkg: string, layer: string): Promise<number> {
	const { stdout } = await run('ogrinfo', ['-ro', '-so', gpkg, layer]);
	return Number(/Feature Count: (\d+)/.exec(stdout)?.[1]);
}

describe('GDAL OAPIF reads /ogc', () => {
	it('ogrinfo lists every collection with its geometry type', async () => {
		const { stdout } = await run('ogrinfo', ['-ro', '-so', `OAPIF:${server.url}/ogc`], gdal);
		expect(stdout).toContain("using driver `OAPIF' successful");
		for (const line of [
			'zones (title: 区域 Zones) (Polygon)',
			'roads (title: 道路 Road segments) (Line String)',
			'blindspots (title: 环境卫生问题 Sanitation problems) (Point)',
			'surveys (title: 病媒监测 Pest surveys) (Point)',
			'pois'
		]) {
			expect(stdout).toContain(line);
		}
	});

	it('is refused without credentials (401) and reads with a Bearer header instead of Basic', async () => {
		const anonymous = await run('ogrinfo', ['-ro', '-so', `OAPIF:${server.url}/ogc`]).catch(
			(error: { stderr: string }) => error
		);
		expect('stderr' in anonymous ? anonymous.stderr : '').toMatch(/401/);
		const env = { ...process.env, GDAL_HTTP_HEADERS: `Authorization: Bearer ${server.token}` };
		const { stdout } = await run('ogrinfo', ['-ro', '-so', `OAPIF:${server.url}/ogc`, 'zones'], {
			env
		});
		expect(stdout).toMatch(/Feature Count: \d+/);
		const res = await fetch(`${server.url}/ogc/collections`);
		expect(res.status).toBe(401);
		expect((await res.json()).error.code).toBe('unauthenticated');
	});

	it.each(COLLECTIONS)(
		'ogr2ogr copies %s to GeoPackage with the /api/health count',
		async (c) => {
			const out = join(dir, `${c}.gpkg`);
			await run('ogr2ogr', ['-f', 'GPKG', out, `OAPIF:${server.url}/ogc`, c], {
				...gdal,
				timeout: 60_000
			});
			expect(await featureCount(out, c)).toBe(health.counts[c]);
			expect(health.counts[c]).toBeGreaterThan(100);
		},
		60_000
	);

	it.each(COLLECTIONS)(
		'-spat returns the same %s subset as /api/layers?bbox=',
		async (c) => {
			const out = join(dir, `spat-${c}.gpkg`);
			await run(
				'ogr2ogr',
				['-spat', ...BBOX.map(String), '-f', 'GPKG', out, `OAPIF:${server.url}/ogc`, c],
				{ ...gdal, timeout: 60_000 }
			);
			const layer = (await (
				await fetch(`${server.url}/api/layers/${c}?bbox=${BBOX.join(',')}`, {
					headers: { authorization: server.authorization }
				})
			).json()) as { features: unknown[] };
			const count = await featureCount(out, c);
			expect(count).toBe(layer.features.length);
			expect(count).toBeGreaterThan(0);
			expect(count).toBeLessThan(health.counts[c]);
		},
		60_000
	);
});
