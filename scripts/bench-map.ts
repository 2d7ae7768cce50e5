/**
 * `npm run bench:map` (issue 18 part 3): how long the map takes to open, SaniMap's map page
 * against a minimal MapLibre + deck.gl page (scripts/bench-map/) drawing the same zones, roads,
 * blind spots and survey points from the same server, in the same run, runs interleaved.
 *
 *   npm run bench:map -- [--json] [--runs N] [--db label=FILE ...]
 *
 * Each `--db` is copied (DuckDB locks its file) and served by a real server; without one, a
 * fresh demo town. Figures per page (median of N runs, each a new browser context, cold cache):
 * navigation → `data-map-ready="true"` (design.md §3) and → the first deck.gl frame with data.
 * Env knobs: BENCH_MAP_RUNS (default 3), BENCH_MAP_WIDTH/HEIGHT (1280×800).
 * Software GL (SwiftShader): absolute times depend on the machine's load; the ratio to the
 * minimal page, measured in the same run, is the figure that counts (target ≤ 1.5×), and a
 * large database should open in ≤ 1.5× the demo's time.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../test/browser/helpers/launch-browser';
import { signInDemo } from '../test/browser/helpers/sign-in';
import { startServer, type RunningServer } from '../test/helpers/server-process';
import { buildWebIfStale, ROOT } from './web-build';
import { printBenchJson, type BenchRow } from './bench/bench-json';

const args = process.argv.slice(2);
const json = args.includes('--json');
const flag = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(flag('--runs') ?? process.env.BENCH_MAP_RUNS ?? 3);
const WIDTH = Number(process.env.BENCH_MAP_WIDTH ?? 1280);
const HEIGHT = Number(process.env.BENCH_MAP_HEIGHT ?? 800);
const dbs: { label: string; file: string | null }[] = args
	.flatMap((a, i) => (args[i - 1] === '--db' ? [a] : []))
	.map((spec) => {
		const [label, file] = spec.includes('=') ? spec.split('=') : [spec, spec];
		return { label, file: resolve(file) };
	});
if (dbs.length === 0) dbs.push({ label: 'demo', file: null });

const log = (line: string) => {
	if (!json) console.log(line);
	else console.error(line);
};

/**
 * Records, in page time (ms since navigation), the map's readiness and its first data frame: the
 * first instanced deck.gl draw (points, paths, polygons of a layer) with instances after a
 * `/api/layers/` response has arrived, the same definition for both pages.
 */
const PROBE = `(() => {
	let dataArrived = false;
	new PerformanceObserver((list) => {
		if (list.getEntries().some((e) => e.name.includes('/api/layers/'))) dataArrived = true;
	}).observe({ type: 'resource', buffered: true });
	const P = WebGL2RenderingContext.prototype;
	for (const name of ['drawArraysInstanced', 'drawElementsInstanced']) {
		const draw = P[name];
		P[name] = function (...args) {
			const instances = args[args.length - 1];
			if (dataArrived && window.__firstData === undefined && instances > 0 &&
				String(this.canvas && this.canvas.className).includes('deck')) window.__firstData = performance.now();
			return draw.apply(this, args);
		};
	}
	const tick = () => {
		const el = document.querySelector('[data-map-ready]');
		if (el && el.dataset.mapReady === 'true') { window.__ready = performance.now(); return; }
		requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`;

async function buildMinimalPage(outDir: string): Promise<void> {
	const { build } = await import('vite');
	const nodeEnv = process.env.NODE_ENV;
	process.env.NODE_ENV = 'production';
	try {
		await build({
			configFile: false,
			root: join(ROOT, 'scripts/bench-map'),
			base: '/bench-map/',
			logLevel: 'warn',
			mode: 'production',
			build: { outDir, emptyOutDir: true, target: 'es2022' }
		});
	} finally {
		if (nodeEnv === undefined) delete process.env.NODE_ENV;
		else process.env.NODE_ENV = nodeEnv;
	}
}

interface Run {
	readyMs: number;
	firstDataMs: number;
}

async function measure(browser: Browser, url: string, path: string, pageDir: string): Promise<Run> {
	const context = await browser.newContext({
		viewport: { width: WIDTH, height: HEIGHT },
		locale: 'zh-CN',
		timezoneId: 'Asia/Shanghai'
	});
	try {
		await signInDemo(context, url, 'planner');
		// The minimal page is served at the server's own origin (cookies, no CORS) from its build.
		await context.route(`${url}/bench-map/**`, (route) => {
			const rel = new URL(route.request().url()).pathname.replace(/^\/bench-map\/?/, '');
			return route.fulfill({ path: join(pageDir, rel || 'index.html') });
		});
		await context.addInitScript(PROBE);
		const page = await context.newPage();
		await page.goto(`${url}${path}`);
		await page.waitForFunction(() => (window as { __ready?: number }).__ready !== undefined, null, {
			timeout: 300_000,
			polling: 200
		});
		const [readyMs, firstDataMs] = await page.evaluate(() => {
			const w = window as { __ready?: number; __firstData?: number };
			return [w.__ready ?? NaN, w.__firstData ?? NaN];
		});
		return { readyMs, firstDataMs };
	} finally {
		await context.close();
	}
}

const median = (xs: number[]) => {
	const s = [...xs].filter(Number.isFinite).sort((a, b) => a - b);
	return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};

const dir = mkdtempSync(join(tmpdir(), 'sanimap-bench-map-'));
const rows: BenchRow[] = [];
let browser: Browser | null = null;
let server: RunningServer | null = null;
try {
	if (await buildWebIfStale()) log('built the dashboard into dist/web');
	const pageDir = join(dir, 'minimal');
	await buildMinimalPage(pageDir);
	browser = await launchBrowser();
	const demoReady: Record<string, number> = {};
	log(`map start-up, ${RUNS} runs each, ${WIDTH}×${HEIGHT}, median ms (software GL)`);
	log(
		`${'database'.padEnd(12)}${'SaniMap ready'.padStart(15)}${'first data'.padStart(12)}${'minimal ready'.padStart(15)}${'first data'.padStart(12)}${'ratio'.padStart(8)}`
	);
	for (const db of dbs) {
		let file = join(dir, `${db.label}.duckdb`);
		if (db.file) {
			if (!existsSync(db.file)) throw new Error(`no database at ${db.file}`);
			copyFileSync(db.file, file);
			if (existsSync(`${db.file}.wal`)) copyFileSync(`${db.file}.wal`, `${file}.wal`);
		} else file = join(dir, 'demo.duckdb');
		server = await startServer({ SANIMAP_DB: file }, 600_000);
		const sani: Run[] = [];
		const minimal: Run[] = [];
		// A first visit of each warms the server's caches and DuckDB's pages; it is not counted.
		await measure(browser, server.url, '/', pageDir);
		await measure(browser, server.url, '/bench-map/', pageDir);
		for (let i = 0; i < RUNS; i++) {
			sani.push(await measure(browser, server.url, '/', pageDir));
			minimal.push(await measure(browser, server.url, '/bench-map/', pageDir));
		}
		await server.stop('SIGTERM');
		server = null;
		const s = {
			ready: median(sani.map((r) => r.readyMs)),
			first: median(sani.map((r) => r.firstDataMs))
		};
		const m = {
			ready: median(minimal.map((r) => r.readyMs)),
			first: median(minimal.map((r) => r.firstDataMs))
		};
		const ratio = s.ready / m.ready;
		demoReady[db.label] = s.ready;
		log(
			`${db.label.padEnd(12)}${s.ready.toFixed(0).padStart(15)}${s.first.toFixed(0).padStart(12)}${m.ready.toFixed(0).padStart(15)}${m.first.toFixed(0).padStart(12)}${ratio.toFixed(2).padStart(7)}×`
		);
		log(
			`  runs SaniMap ${sani.map((r) => r.readyMs.toFixed(0)).join(', ')}; minimal ${minimal.map((r) => r.readyMs.toFixed(0)).join(', ')}`
		);
		rows.push({
			figure: `map ready, ${db.label}`,
			value: Math.round(s.ready),
			unit: 'ms',
			reference: 'minimal MapLibre + deck.gl page, same data, same run',
			refValue: Math.round(m.ready),
			target: '≤ 1.5× reference',
			met: ratio <= 1.5
		});
		rows.push({
			figure: `first data frame, ${db.label}`,
			value: Math.round(s.first),
			unit: 'ms',
			reference: 'minimal MapLibre + deck.gl page, same data, same run',
			refValue: Math.round(m.first),
			target: '≤ 1.5× reference',
			met: s.first / m.first <= 1.5
		});
	}
	const [first, ...larger] = dbs;
	for (const db of larger) {
		const ratio = demoReady[db.label] / demoReady[first.label];
		log(`${db.label} opens in ${ratio.toFixed(2)}× the time of ${first.label}`);
		rows.push({
			figure: `map ready, ${db.label} vs ${first.label}`,
			value: Math.round(demoReady[db.label]),
			unit: 'ms',
			reference: `SaniMap map ready on ${first.label}, same run`,
			refValue: Math.round(demoReady[first.label]),
			target: '≤ 1.5× reference',
			met: ratio <= 1.5
		});
	}
} finally {
	if (server) await server.stop('SIGKILL');
	await browser?.close();
	rmSync(dir, { recursive: true, force: true });
}
if (json) printBenchJson(rows);
