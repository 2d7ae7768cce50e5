import { buildEuc2dMatrix } from './tsplib';
import type { CostMatrix } from './cost-matrix';

export interface CvrpInstance {
	name: string;
	/** Node coordinates; row 0 is the depot (files number nodes from 1). */
	coords: [number, number][];
	/** Demand per node, the depot's 0. */
	demand: number[];
	capacity: number;
	/** Vehicles and optimal cost as the file's COMMENT states them; null when it does not. */
	vehicles: number | null;
	optimum: number | null;
}

/**
 * Reads a CVRPLIB `.vrp` file (TSPLIB format, `EDGE_WEIGHT_TYPE : EUC_2D`, one depot):
 * NODE_COORD_SECTION, DEMAND_SECTION, DEPOT_SECTION, CAPACITY, and the Augerat COMMENT
 * "(…, No of trucks: 5, Optimal value: 784)". The depot becomes row 0.
 */
export function parseCvrplib(text: string): CvrpInstance {
	const lines = text.split(/\r?\n/).map((l) => l.trim());
	const header = (key: string) => {
		const line = lines.find((l) => l.startsWith(key));
		return line ? line.slice(line.indexOf(':') + 1).trim() : null;
	};
	const type = header('EDGE_WEIGHT_TYPE');
	if (type !== 'EUC_2D') throw new Error(`unsupported EDGE_WEIGHT_TYPE ${type}`);
	const section = (name: string) => {
		const rows: number[][] = [];
		for (const line of lines.slice(lines.indexOf(name) + 1)) {
			if (!/^-?\d/.test(line)) break;
			rows.push(line.split(/\s+/).map(Number));
		}
		return rows;
	};
	const dimension = Number(header('DIMENSION'));
	const coordsById = new Map(section('NODE_COORD_SECTION').map((r) => [r[0], [r[1], r[2]]]));
	const demandById = new Map(section('DEMAND_SECTION').map((r) => [r[0], r[1]]));
	const depot = section('DEPOT_SECTION')[0]?.[0] ?? 1;
	const ids = [
		depot,
		...Array.from({ length: dimension }, (_, i) => i + 1).filter((i) => i !== depot)
	];
	const comment = header('COMMENT') ?? '';
	const count = (pattern: RegExp) => {
		const m = pattern.exec(comment);
		return m ? Number(m[1]) : null;
	};
	return {
		name: header('NAME') ?? 'unnamed',
		coords: ids.map((id) => coordsById.get(id) as [number, number]),
		demand: ids.map((id) => demandById.get(id) ?? 0),
		capacity: Number(header('CAPACITY')),
		vehicles: count(/trucks:\s*(\d+)/i),
		optimum: count(/(?:Optimal|Best) value:\s*(\d+)/i)
	};
}

/** CVRPLIB's distances: Euclidean rounded to the nearest integer, as the optima assume. */
export function buildCvrpMatrix(instance: CvrpInstance): CostMatrix {
	return buildEuc2dMatrix(instance.coords);
}
