import { createCostMatrix, type CostMatrix } from './cost-matrix';

export interface TsplibInstance {
	name: string;
	coords: [number, number][];
}

/** Reads a TSPLIB `.tsp` file with `EDGE_WEIGHT_TYPE : EUC_2D` (the benchmark's only kind). */
export function parseTsplib(text: string): TsplibInstance {
	const lines = text.split(/\r?\n/);
	const header = (key: string) =>
		lines
			.find((l) => l.startsWith(key))
			?.split(':')[1]
			?.trim() ?? null;
	const type = header('EDGE_WEIGHT_TYPE');
	if (type !== 'EUC_2D') throw new Error(`unsupported EDGE_WEIGHT_TYPE ${type}`);
	const start = lines.findIndex((l) => l.trim() === 'NODE_COORD_SECTION');
	const coords: [number, number][] = [];
	for (const line of lines.slice(start + 1)) {
		const parts = line.trim().split(/\s+/);
		if (parts[0] === 'EOF' || parts.length < 3) break;
		coords.push([Number(parts[1]), Number(parts[2])]);
	}
	return { name: header('NAME') ?? 'unnamed', coords };
}

/** TSPLIB's EUC_2D distance: Euclidean, rounded to the nearest integer (`nint`). */
export function buildEuc2dMatrix(coords: readonly [number, number][]): CostMatrix {
	return createCostMatrix(
		coords.length,
		(i, j) =>
			Math.floor(Math.hypot(coords[i][0] - coords[j][0], coords[i][1] - coords[j][1]) + 0.5),
		true
	);
}

/** Optima from TSPLIB's `bestSolutions.txt` (`name : length` lines). */
export function parseBestSolutions(text: string): Map<string, number> {
	const best = new Map<string, number>();
	for (const line of text.split(/\r?\n/)) {
		const m = /^\s*(\S+)\s*:\s*(\d+)/.exec(line);
		if (m) best.set(m[1], Number(m[2]));
	}
	return best;
}
