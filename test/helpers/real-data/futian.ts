import type { LineString, Position } from 'geojson';
import { readReal } from './paths';

export interface GraphEdge {
	source: string;
	target: string;
	key: string;
	data: Record<string, string>;
}

/** OSMnx GraphML (G.graphml): nodes with x/y, edges with their attributes by name. */
export function readFutianGraph() {
	const xml = readReal('shenzhen-futian-osm/G.graphml').toString();
	const keys = new Map(
		[...xml.matchAll(/<key id="([^"]+)" for="(node|edge)" attr\.name="([^"]+)"/g)].map((m) => [
			m[1],
			m[3]
		])
	);
	const dataOf = (body: string) =>
		Object.fromEntries(
			[...body.matchAll(/<data key="([^"]+)">([^<]*)<\/data>/g)].map((m) => [keys.get(m[1])!, m[2]])
		);
	const nodes = new Map<string, Position>();
	for (const m of xml.matchAll(/<node id="([^"]+)">([\s\S]*?)<\/node>/g)) {
		const d = dataOf(m[2]);
		nodes.set(m[1], [Number(d.x), Number(d.y)]);
	}
	const edges: GraphEdge[] = [
		...xml.matchAll(/<edge source="([^"]+)" target="([^"]+)" id="([^"]+)">([\s\S]*?)<\/edge>/g)
	].map((m) => ({ source: m[1], target: m[2], key: m[3], data: dataOf(m[4]) }));
	return { nodes, edges };
}

/** Highway values a sanitation truck drives on (SOURCES.md: filter the graph for driving). */
const DRIVING = new Set([
	'motorway',
	'motorway_link',
	'trunk',
	'trunk_link',
	'primary',
	'primary_link',
	'secondary',
	'secondary_link',
	'tertiary',
	'tertiary_link',
	'unclassified',
	'residential',
	'living_street'
]);
const GRADE: Record<string, number> = {
	motorway: 1,
	trunk: 1,
	primary: 1,
	secondary: 2,
	tertiary: 3
};

/** OSMnx writes several values as a Python list: "['steps', 'footway']". */
const values = (v: string | undefined) =>
	(v ?? '')
		.replace(/[[\]']/g, '')
		.split(',')
		.map((s) => s.trim())
		.filter(Boolean);

function edgeLine(e: GraphEdge, nodes: Map<string, Position>): LineString {
	const wkt = e.data.geometry;
	const coordinates = wkt
		? wkt
				.replace(/^LINESTRING \(|\)$/g, '')
				.split(', ')
				.map((p) => p.split(' ').map(Number))
		: [nodes.get(e.source)!, nodes.get(e.target)!];
	return { type: 'LineString', coordinates };
}

/**
 * The driving network as SaniMap road segments: one segment per street between two
 * intersections (the graph is directed, so a two-way street appears twice and is kept once).
 */
export function futianRoadSegments() {
	const { nodes, edges } = readFutianGraph();
	const seen = new Set<string>();
	const kept: { edge: GraphEdge; feature: object }[] = [];
	for (const e of edges) {
		const highway = values(e.data.highway);
		if (!highway.some((h) => DRIVING.has(h))) continue;
		const pair = [e.source, e.target].sort().join('-');
		const undirected = `${pair}-${e.data.osmid}-${e.key}`;
		if (seen.has(undirected)) continue;
		seen.add(undirected);
		const name = values(e.data.name)[0] ?? `(${highway[0]})`;
		kept.push({
			edge: e,
			feature: {
				type: 'Feature',
				properties: {
					id: `osm-${e.source}-${e.target}-${e.key}`,
					name,
					road_id: values(e.data.osmid)[0],
					grade: Math.min(...highway.map((h) => GRADE[h.replace('_link', '')] ?? 4))
				},
				geometry: edgeLine(e, nodes)
			}
		});
	}
	return {
		geojson: JSON.stringify({ type: 'FeatureCollection', features: kept.map((k) => k.feature) }),
		edges: kept.map((k) => k.edge)
	};
}
