import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { largestPlanBody, runMixedLoad, type LatencyStats } from '../test/helpers/mixed-load';
import { startServer } from '../test/helpers/server-process';

/**
 * `npm run bench:load`: a real server on a fresh demo-town file; `/api/health` latency idle
 * and while the largest plan, a 200,000-row import and an XLSX export run at once; then the
 * time SIGTERM takes to stop the server while a plan is running (on a restarted server). `SANIMAP_DB=file` reuses a
 * file (the first start writes the demo town, ~10–30 s).
 */
const dir = mkdtempSync(join(tmpdir(), 'sanimap-load-'));
const dbPath = process.env.SANIMAP_DB ?? join(dir, 'load.duckdb');
try {
	const server = await startServer({ SANIMAP_DB: dbPath }, 180_000);
	const result = await runMixedLoad(server.url, server.authorization).catch((error: Error) => {
		throw new Error(`${error.message}; server output:\n${server.output()}`);
	});
	const row = (name: string, s: LatencyStats) =>
		console.log(
			`${name.padEnd(22)}${String(s.count).padStart(6)}${s.p50Ms.toFixed(1).padStart(9)}${s.p95Ms.toFixed(1).padStart(9)}${s.maxMs.toFixed(1).padStart(9)}`
		);
	console.log(
		`${'/api/health'.padEnd(22)}${'n'.padStart(6)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'max ms'.padStart(9)}`
	);
	row('idle', result.idle);
	row('plan + import + xlsx', result.loaded);
	console.log(
		`slowest under load (ms after the start: ms): ${result.loaded.slowest.map((w) => `${w.atMs}: ${w.ms}`).join(', ')}`
	);
	console.log(
		`max under load / idle p50: ${(result.loaded.maxMs / result.idle.p50Ms).toFixed(1)}×; ` +
			`plan ${result.plan.status} in ${result.plan.ms} ms, import ${result.import.status} in ${result.import.ms} ms, xlsx ${result.xlsx.status} in ${result.xlsx.ms} ms`
	);
	// Shutdown on a restarted server, so the checkpoint of the import above does not count.
	await server.stop('SIGTERM');
	const again = await startServer({ SANIMAP_DB: dbPath }, 180_000);
	const authorization = again.authorization;
	const meta = (await (
		await fetch(`${again.url}/api/meta`, { headers: { authorization } })
	).json()) as {
		bbox: [number, number, number, number];
	};
	const planning = fetch(`${again.url}/api/routes/plan`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', authorization },
		body: JSON.stringify(largestPlanBody(meta.bbox, 2))
	}).then((r) => r.status);
	await new Promise((r) => setTimeout(r, 500));
	const signalled = performance.now();
	const code = await again.stop('SIGTERM');
	console.log(
		`SIGTERM with a plan running: exit ${code} in ${Math.round(performance.now() - signalled)} ms (plan answered ${await planning.catch(() => 'no answer')})`
	);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
