import { zoomBand } from '../../server/contract/layer-zoom';
import { sampleHealth, type LatencyStats } from '../../test/helpers/mixed-load';

/**
 * API latency under a read load (issue 18 part 5): several clients, each going through a fixed
 * mix of the GET requests the map and the overview make when they open, again and again, while
 * `/api/health` is sampled from its own thread. The same mix at 1× and 10× data gives p50/p99
 * per scale, with `/api/health`'s p50 under that load as the same-run reference.
 */
export type Bbox = [number, number, number, number];

/** The Accept the map sends for its point layers (issue 18: Arrow, only the drawn columns). */
const ARROW = 'application/vnd.apache.arrow.stream';
/** Marks a path the map asks for as Arrow: `ARROW_MARK + path`. */
const ARROW_MARK = 'arrow:';

/** The zoom band of a 1280 px wide view fitted to the extent (web Mercator, 256 px tiles). */
function fittedZoomBand(bbox: Bbox): number {
	return zoomBand(Math.log2((360 * 1280) / (256 * Math.max(1e-9, bbox[2] - bbox[0]))));
}

/**
 * The map's and the overview's opening requests (web/src/pages/map, web/src/pages/overview), as
 * the web asks them: point layers as Arrow with the view's bbox and zoom band (the server may
 * answer H3 counts), hot spots as cell ids.
 */
export function mapAndOverviewMix(bbox: Bbox): string[] {
	const box = bbox.map((v) => v.toFixed(6)).join(',');
	const view = `bbox=${box}&zoom=${fittedZoomBand(bbox)}`;
	return [
		// The map: what it reads at start, the layers in the first view, hot spots, density.
		'/api/meta',
		'/api/catalogues',
		'/api/layers/zones',
		'/api/layers/roads',
		'/api/layers/pois',
		`${ARROW_MARK}/api/layers/blindspots?${view}`,
		`${ARROW_MARK}/api/layers/surveys?${view}`,
		'/api/hotspots?format=cells',
		'/api/density?pest=mosquito&by=zone',
		// The overview: its cards (and the case figures it links to).
		'/api/overview',
		'/api/overview/supervision',
		'/api/cases/indicators?by=zone&from=2025-01-01&to=2025-12-31',
		'/api/density/town?from=2025-01-01&to=2025-12-31'
	];
}

export interface MixResult {
	/** Every answer of the mix, all paths together. */
	all: { count: number; p50Ms: number; p99Ms: number; maxMs: number };
	/** Per path: p50 and the largest body, so a slow or large answer can be named. */
	byPath: { path: string; p50Ms: number; maxMs: number; bytes: number }[];
	/** `/api/health` sampled while the clients ran. */
	health: LatencyStats;
	/** Answers that were not 200 (path → status): the mix is broken, not slow. */
	failures: Record<string, number>;
}

export const quantile = (sorted: readonly number[], q: number) =>
	sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;

/** `clients` loops at once, each `rounds` times through the mix (client i starts at path i). */
export async function runApiMix(
	url: string,
	authorization: string,
	paths: readonly string[],
	{ clients, rounds }: { clients: number; rounds: number }
): Promise<MixResult> {
	const times = new Map<string, number[]>(paths.map((p) => [p, []]));
	const bytes = new Map<string, number>();
	const failures: Record<string, number> = {};
	const client = async (offset: number) => {
		for (let r = 0; r < rounds; r++)
			for (let i = 0; i < paths.length; i++) {
				const path = paths[(offset + i) % paths.length];
				const started = performance.now();
				const arrow = path.startsWith(ARROW_MARK);
				const res = await fetch(url + (arrow ? path.slice(ARROW_MARK.length) : path), {
					headers: arrow ? { authorization, accept: ARROW } : { authorization }
				});
				const body = await res.arrayBuffer();
				times.get(path)!.push(performance.now() - started);
				bytes.set(path, Math.max(bytes.get(path) ?? 0, body.byteLength));
				if (res.status !== 200) failures[path] = res.status;
			}
	};
	// One pass first, so the figures are of a warm server (DuckDB's caches, JIT).
	await client(0);
	for (const list of times.values()) list.length = 0;
	const health = await sampleHealth(url, () =>
		Promise.all(Array.from({ length: clients }, (_, i) => client(i)))
	);
	const all = [...times.values()].flat().sort((a, b) => a - b);
	return {
		all: {
			count: all.length,
			p50Ms: quantile(all, 0.5),
			p99Ms: quantile(all, 0.99),
			maxMs: all.at(-1) ?? NaN
		},
		byPath: paths.map((path) => {
			const t = [...times.get(path)!].sort((a, b) => a - b);
			return { path, p50Ms: quantile(t, 0.5), maxMs: t.at(-1) ?? NaN, bytes: bytes.get(path) ?? 0 };
		}),
		health,
		failures
	};
}
