import {
	MAX_PLAN_TIME_LIMIT_MS,
	MAX_ROUTE_STOPS,
	MAX_ROUTE_TEAMS
} from '../../server/contract/spray-plans';
import { Worker } from 'node:worker_threads';
import { createRng } from '../../server/domain/random/seeded-random';

/**
 * The heaviest mix of requests the API accepts, sent to a running server while
 * `/api/health` is timed: the largest plan (500 stops, 50 teams, the longest time limit), a
 * 200,000-row import and an XLSX export. Shared by the load test and `npm run bench:load`.
 */
export interface LatencyStats {
	count: number;
	p50Ms: number;
	p95Ms: number;
	maxMs: number;
	/** The five slowest answers and when they were asked, in ms from the start of sampling. */
	slowest: { atMs: number; ms: number }[];
}

export interface JobOutcome {
	status: number;
	ms: number;
}

export interface MixedLoadResult {
	idle: LatencyStats;
	loaded: LatencyStats;
	plan: JobOutcome;
	import: JobOutcome;
	xlsx: JobOutcome;
}

/** Health requests one after another, this far apart, for as long as `until` is pending. */
const HEALTH_GAP_MS = 20;
/** How long idle latency is sampled before the load starts. */
const IDLE_SAMPLE_MS = 2_000;

export const LOAD_IMPORT_ROWS = 200_000;

/** A 200k-row survey CSV inside the demo town's box, each row valid. */
export function surveysCsv(rows: number, bbox: [number, number, number, number]): string {
	const random = createRng(11).next;
	const lines = ['id,method,surveyed_at,count,effort,lng,lat'];
	const [w, s, e, n] = bbox;
	for (let i = 0; i < rows; i++) {
		const lng = (w + random() * (e - w)).toFixed(6);
		const lat = (s + random() * (n - s)).toFixed(6);
		lines.push(`LOAD${i},mosquito.container,2024-06-01,${i % 10},10,${lng},${lat}`);
	}
	return lines.join('\n');
}

/** The largest plan the API takes, spread over the demo town, solved over its roads. */
export function largestPlanBody(bbox: [number, number, number, number], seed = 1) {
	const random = createRng(seed).next;
	const [w, s, e, n] = bbox;
	const at = () => ({ lng: w + random() * (e - w), lat: s + random() * (n - s) });
	const depot = { lng: (w + e) / 2, lat: (s + n) / 2 };
	return {
		stops: Array.from({ length: MAX_ROUTE_STOPS }, (_, k) => ({
			id: `s${k}`,
			...at(),
			serviceMin: 10
		})),
		teams: Array.from({ length: MAX_ROUTE_TEAMS }, (_, k) => ({
			id: `t${k}`,
			start: depot,
			maxStops: 20,
			maxMinutes: 480,
			speedKmh: 15
		})),
		balance: true,
		timeLimitMs: MAX_PLAN_TIME_LIMIT_MS,
		seed
	};
}

/**
 * The sampler runs in its own thread: this process also uploads 13 MB and reads the answers,
 * and time its own event loop spends on that must not count as the server's latency. Plain
 * JavaScript (`eval`), since a worker does not inherit the tsx loader.
 */
const SAMPLER = `
const { parentPort, workerData } = require('node:worker_threads');
const { get } = require('node:http');
const { url, gapMs } = workerData;
let done = false;
parentPort.on('message', () => (done = true));
const once = () => new Promise((resolve, reject) => {
	const started = performance.now();
	const req = get(url + '/api/health', { agent: false }, (res) => {
		res.resume();
		res.on('end', () => res.statusCode === 200
			? resolve(performance.now() - started)
			: reject(new Error('/api/health answered ' + res.statusCode)));
	});
	req.on('error', reject);
});
(async () => {
	const samples = [];
	await once();
	parentPort.postMessage({ ready: true });
	while (!done) {
		const at = performance.now();
		samples.push([at, await once()]);
		await new Promise((r) => setTimeout(r, gapMs));
	}
	parentPort.postMessage({ samples });
})().catch((error) => parentPort.postMessage({ error: String(error) }));
`;

/** Times `/api/health` again and again (one at a time, on new connections) until `until` settles. */
export async function sampleHealth(
	url: string,
	until: () => Promise<unknown> | number
): Promise<LatencyStats> {
	const sampler = new Worker(SAMPLER, { eval: true, workerData: { url, gapMs: HEALTH_GAP_MS } });
	const answer = new Promise<[number, number][]>((resolve, reject) => {
		sampler.on('message', (m: { ready?: true; samples?: [number, number][]; error?: string }) => {
			if (m.error) reject(new Error(m.error));
			if (m.samples) resolve(m.samples);
		});
		sampler.on('error', reject);
	});
	await new Promise<void>((resolve) => sampler.once('message', () => resolve()));
	const work = until();
	if (typeof work === 'number') await new Promise((r) => setTimeout(r, work));
	else await work.catch(() => {});
	sampler.postMessage('stop');
	const timed = await answer;
	await sampler.terminate();
	const samples = timed.map(([, ms]) => ms).sort((a, b) => a - b);
	const first = timed[0]?.[0] ?? 0;
	return {
		count: samples.length,
		p50Ms: samples[Math.floor(samples.length / 2)] ?? NaN,
		p95Ms: samples[Math.floor(samples.length * 0.95)] ?? NaN,
		maxMs: samples[samples.length - 1] ?? NaN,
		slowest: [...timed]
			.sort((a, b) => b[1] - a[1])
			.slice(0, 5)
			.map(([at, ms]) => ({ atMs: Math.round(at - first), ms: Math.round(ms) }))
	};
}

async function timed(request: Promise<Response>): Promise<JobOutcome> {
	const started = performance.now();
	const res = await request;
	await res.arrayBuffer();
	return { status: res.status, ms: Math.round(performance.now() - started) };
}

/** Idle latency, then the three heavy requests at once with latency sampled throughout. */
export async function runMixedLoad(url: string, authorization: string): Promise<MixedLoadResult> {
	const fetch = (input: string, init: RequestInit = {}) =>
		globalThis.fetch(input, { ...init, headers: { ...init.headers, authorization } });
	const meta = (await (await fetch(`${url}/api/meta`)).json()) as {
		bbox: [number, number, number, number];
	};
	const form = new FormData();
	form.set('file', new File([surveysCsv(LOAD_IMPORT_ROWS, meta.bbox)], 'load.csv'));
	const plan = JSON.stringify(largestPlanBody(meta.bbox));
	const idle = await sampleHealth(url, () => IDLE_SAMPLE_MS);
	let jobs: Promise<JobOutcome[]> = Promise.resolve([]);
	const loaded = await sampleHealth(
		url,
		() =>
			(jobs = Promise.all([
				timed(
					fetch(`${url}/api/routes/plan`, {
						method: 'POST',
						headers: { 'content-type': 'application/json' },
						body: plan
					})
				),
				timed(fetch(`${url}/api/import/surveys`, { method: 'POST', body: form })),
				timed(fetch(`${url}/api/export/surveys?format=xlsx`))
			]))
	);
	const [planOutcome, importOutcome, xlsx] = await jobs;
	return { idle, loaded, plan: planOutcome, import: importOutcome, xlsx };
}
